package nl.kantel.identity;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.stereotype.Component;

import nl.kantel.engine.EngineApiPad;
import nl.kantel.engine.EngineApiUitbreiding;
import nl.kantel.engine.Foutantwoorden;
import nl.kantel.identity.Toegang.Beoordeling;

/**
 * The allow-list on Camunda's REST API, both copies: after Jersey has matched a request
 * to its resource method, and again on the body Camunda reads.
 */
@Component
class ToegangFilter implements EngineApiUitbreiding {

	private static final String BEOORDELING = ToegangFilter.class.getName();

	private final Toegang toegang;

	ToegangFilter(Toegang toegang) {
		this.toegang = toegang;
	}

	@Override
	public void registreer(ResourceConfig config) {
		config.register(new VoorMatchen());
		config.register(new Verzoeken());
		config.register(new Inhoud());
	}

	static Response geweigerd(String reden) {
		return Foutantwoorden.antwoord(Response.Status.FORBIDDEN, reden);
	}

	@PreMatching
	@Priority(Priorities.AUTHORIZATION)
	class VoorMatchen implements ContainerRequestFilter {

		@Override
		public void filter(ContainerRequestContext request) {
			String pad = Operatie.padVanVerzoek(request.getUriInfo().getPath());
			if (!ToegangFilter.this.toegang.kanToegestaanZijn(request.getMethod(), pad)) {
				request.abortWith(geweigerd(Toegang.BERICHT));
			}
		}

	}

	@Priority(Priorities.AUTHORIZATION)
	class Verzoeken implements ContainerRequestFilter {

		@Override
		public void filter(ContainerRequestContext request) {
			ExtendedUriInfo uri = (ExtendedUriInfo) request.getUriInfo();
			Operatie operatie = new Operatie(request.getMethod(), EngineApiPad.van(uri));
			Beoordeling beoordeling = ToegangFilter.this.toegang.beoordeel(operatie, eerste(uri.getPathParameters()),
					uri.getQueryParameters());
			if (beoordeling.geweigerd()) {
				request.abortWith(geweigerd(beoordeling.weigering()));
			}
			else {
				request.setProperty(BEOORDELING, beoordeling);
			}
		}

		private static Map<String, String> eerste(MultivaluedMap<String, String> parameters) {
			return parameters.keySet()
				.stream()
				.collect(Collectors.toMap((name) -> name, parameters::getFirst, (a, b) -> a));
		}

	}

	@Priority(Priorities.AUTHORIZATION)
	class Inhoud implements ReaderInterceptor {

		@Override
		public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
			Object inhoud = context.proceed();
			if (context.getProperty(BEOORDELING) instanceof Beoordeling beoordeling) {
				ToegangFilter.this.toegang.beoordeelInhoud(beoordeling, inhoud).ifPresent((reden) -> {
					throw new WebApplicationException(geweigerd(reden));
				});
			}
			return inhoud;
		}

	}

}
