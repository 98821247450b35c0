package nl.kantel.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;

import nl.kantel.engine.ZonderAutorisatie;

/**
 * A request as the allow-list judges it: who asks, which {@link Operatie}, with which
 * path and query parameters; the body is judged once it is read.
 */
record Verzoek(Operatie operatie, String gebruiker, Set<String> groepen, Map<String, String> padParameters,
		Map<String, List<String>> queryParameters, ProcessEngine engine, IdentityProperties instellingen) {

	String padParameter(String name) {
		return this.padParameters.get(name);
	}

	boolean queryVlag(String name) {
		List<String> values = this.queryParameters.getOrDefault(name, List.of());
		return values.stream().anyMatch(Boolean::parseBoolean);
	}

	/**
	 * Looks something up that the caller may not read, to judge the request (the case
	 * behind a zaaknummer, the members of a group).
	 */
	<T> T zonderAutorisatie(Supplier<T> lookup) {
		return ZonderAutorisatie.opzoeken(this.engine.getIdentityService(), lookup);
	}

}
