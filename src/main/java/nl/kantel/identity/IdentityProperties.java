package nl.kantel.identity;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoGebruikers seed one demo user per group (local run only)
 * @param processen per process key, the groups that start it, see its cases and work its
 * tasks
 * @param portaalProcessen the processes that portals may start and send messages to
 * @param lezenPerZaak processes whose groups start cases and work their tasks, but read a
 * case only when the model grants it to them ({@link ZaakToegang})
 * @param deployenVanuitModeler whether designers may deploy from Camunda Modeler; off in
 * production, where models come with a release
 */
@ConfigurationProperties("kantel.identity")
record IdentityProperties(boolean demoGebruikers, Map<String, List<String>> processen, List<String> portaalProcessen,
		List<String> lezenPerZaak, boolean deployenVanuitModeler) {

	IdentityProperties {
		processen = (processen == null) ? Map.of() : Map.copyOf(processen);
		portaalProcessen = (portaalProcessen == null) ? List.of() : List.copyOf(portaalProcessen);
		lezenPerZaak = (lezenPerZaak == null) ? List.of() : List.copyOf(lezenPerZaak);
	}

}
