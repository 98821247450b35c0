package nl.kantel.verwijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of processes/verwijzing-team.dmn. */
class VerwijzingTeamDecisionTest {

	private static DmnEngine dmn;

	private static DmnDecision decision;

	@BeforeAll
	static void parse() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = new FileInputStream("processes/verwijzing-team.dmn")) {
			decision = dmn.parseDecision("verwijzing-team", in);
		}
	}

	@ParameterizedTest(name = "verwijsdoel {0} -> team {1}, coordinators {2}")
	@CsvSource({ "welzijn, welzijnscoach, coordinator-welzijn", "sociaal-wijkteam, wijkteam, coordinator-wijkteam",
			"schuldhulp, schuldhulp, coordinator-schuldhulp",
			"werk-en-inkomen, werk-en-inkomen, coordinator-werk-en-inkomen" })
	@DisplayName("the verwijsdoel decides the receiving team and its coordinators")
	void team(String verwijsdoel, String team, String coordinators) {
		Map<String, Object> result = dmn.evaluateDecisionTable(decision, Map.of("verwijsdoel", verwijsdoel))
			.getSingleResult()
			.getEntryMap();

		assertThat(result).containsExactlyInAnyOrderEntriesOf(Map.of(VerwijzingVariabelen.ONTVANGEND_TEAM, team,
				VerwijzingVariabelen.COORDINATOR_GROEP, coordinators));
	}

	@ParameterizedTest(name = "verwijsdoel {0} has no team")
	@CsvSource({ "wonen", "''" })
	@DisplayName("an unknown verwijsdoel gets no team")
	void unknownGoal(String verwijsdoel) {
		assertThat(dmn.evaluateDecisionTable(decision, Map.of("verwijsdoel", verwijsdoel)).getSingleResult()).isNull();
	}

}
