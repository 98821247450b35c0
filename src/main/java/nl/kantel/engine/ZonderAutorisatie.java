package nl.kantel.engine;

import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A look-up the engine does for a caller who may not do it: the case behind a zaaknummer
 * for a portal's message, who assessed an aanvraag for the four-eyes rule. Inside an
 * engine command it runs without the command's authorization checks; outside one, without
 * the caller's login. What it finds serves a rule, never goes back to the caller as such.
 */
public final class ZonderAutorisatie {

	private ZonderAutorisatie() {
	}

	public static <T> T opzoeken(IdentityService identity, Supplier<T> lookup) {
		CommandContext context = Context.getCommandContext();
		if (context != null) {
			return context.runWithoutAuthorization(lookup::get);
		}
		Authentication caller = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return lookup.get();
		}
		finally {
			identity.setAuthentication(caller);
		}
	}

	/** The logged-in user, if someone is logged in. */
	public static Optional<String> ingelogdeGebruiker(IdentityService identity) {
		Authentication authentication = identity.getCurrentAuthentication();
		return Optional.ofNullable((authentication != null) ? authentication.getUserId() : null);
	}

}
