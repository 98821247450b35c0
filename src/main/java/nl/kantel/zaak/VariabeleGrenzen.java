package nl.kantel.zaak;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.camunda.bpm.engine.rest.dto.PatchVariablesDto;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.dto.message.CorrelationMessageDto;
import org.camunda.bpm.engine.rest.dto.runtime.StartProcessInstanceDto;
import org.camunda.bpm.engine.rest.dto.task.CompleteTaskDto;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.stereotype.Component;

import nl.kantel.engine.EngineApiUitbreiding;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * What the database holds of a variable: a name of at most 255 characters, a text of at
 * most 4,000 (the contract's limit for texts), and only the kinds of value a case holds.
 * Others answer 400 naming the variable, before the engine tries to store them.
 */
@Component
class VariabeleGrenzen implements EngineApiUitbreiding {

	static final int MAX_NAAM = 255;

	static final int MAX_TEKST = 4000;

	/**
	 * The kinds of value a case holds; files and Java objects come only from its own
	 * steps.
	 */
	private static final Set<String> SOORTEN = Set.of("string", "boolean", "short", "integer", "long", "double", "date",
			"json", "null");

	@Override
	public void registreer(ResourceConfig config) {
		config.register(new Inhoud());
	}

	@Priority(Priorities.AUTHORIZATION + 1)
	static class Inhoud implements ReaderInterceptor {

		@Override
		public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
			Object inhoud = context.proceed();
			List<Violation> violations = new ArrayList<>();
			variabelen(inhoud).filter(Objects::nonNull).forEach((variables) -> check(variables, violations));
			if (inhoud instanceof VariableValueDto single) {
				checkValue("value", single, violations);
			}
			if (!violations.isEmpty()) {
				throw new InvalidVariableException(violations);
			}
			return inhoud;
		}

	}

	private static Stream<Map<String, VariableValueDto>> variabelen(Object inhoud) {
		if (inhoud instanceof StartProcessInstanceDto start) {
			return Stream.of(start.getVariables());
		}
		if (inhoud instanceof CompleteTaskDto completion) {
			return Stream.of(completion.getVariables());
		}
		if (inhoud instanceof CorrelationMessageDto message) {
			return Stream.of(message.getProcessVariables(), message.getProcessVariablesLocal(),
					message.getProcessVariablesToTriggeredScope(), message.getCorrelationKeys(),
					message.getLocalCorrelationKeys());
		}
		if (inhoud instanceof PatchVariablesDto patch) {
			return Stream.of(patch.getModifications());
		}
		return Stream.empty();
	}

	static void check(Map<String, VariableValueDto> variables, List<Violation> violations) {
		variables.forEach((name, value) -> {
			if (name.length() > MAX_NAAM) {
				violations.add(new Violation(name.substring(0, 40) + "...",
						"De naam van een gegeven is hooguit " + MAX_NAAM + " tekens."));
			}
			else {
				checkValue(name, value, violations);
			}
		});
	}

	private static void checkValue(String name, VariableValueDto value, List<Violation> violations) {
		if (value != null && value.getType() != null && !SOORTEN.contains(value.getType().toLowerCase(Locale.ROOT))) {
			violations.add(new Violation(name, "Een gegeven van soort '" + value.getType()
					+ "' neemt Kantel niet aan; gebruik tekst, getal, ja/nee, datum of JSON."));
			return;
		}
		boolean text = value != null && (value.getType() == null || "String".equalsIgnoreCase(value.getType()));
		if (text && value.getValue() instanceof String string && string.length() > MAX_TEKST) {
			violations.add(new Violation(name, "Een tekst is hooguit " + MAX_TEKST + " tekens."));
		}
	}

}
