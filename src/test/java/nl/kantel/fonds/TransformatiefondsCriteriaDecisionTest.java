package nl.kantel.fonds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of processes/transformatiefonds-criteria.dmn: a point per criterion the
 * project meets, and the minimum of 4 to qualify.
 */
class TransformatiefondsCriteriaDecisionTest {

	private static final List<String> CRITERIA = List.of("aansluitingVraagBewoners", "bevordertParticipatie",
			"bespaartKosten", "draagtBijAanPreventie", "ontschotting", "deregulering");

	private static DmnEngine dmn;

	private static DmnDecision decision;

	@BeforeAll
	static void parse() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = new FileInputStream("processes/transformatiefonds-criteria.dmn")) {
			DmnDecisionRequirementsGraph graph = dmn.parseDecisionRequirementsGraph(in);
			decision = graph.getDecision("transformatiefonds-criteria");
		}
	}

	@ParameterizedTest(name = "only {0}: 1 point, below the minimum")
	@CsvSource({ "aansluitingVraagBewoners", "bevordertParticipatie", "bespaartKosten", "draagtBijAanPreventie",
			"ontschotting", "deregulering" })
	@DisplayName("each criterion weighs one point")
	void elkCriteriumEenPunt(String criterium) {
		DmnDecisionResultEntries uitkomst = evaluate(Map.of(criterium, true));

		assertThat((Object) uitkomst.get("criteriaScore")).isEqualTo(1);
		assertThat((Object) uitkomst.get("voldoetAanCriteria")).isEqualTo(false);
	}

	@ParameterizedTest(name = "{0} criteria met: score {0}, qualifies {1}")
	@CsvSource({ "0, false", "3, false", "4, true", "6, true" })
	@DisplayName("a project qualifies from 4 of the 6 criteria; none met scores 0")
	void minimum(int aantal, boolean voldoet) {
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < CRITERIA.size(); i++) {
			variables.put(CRITERIA.get(i), i < aantal);
		}

		DmnDecisionResultEntries uitkomst = evaluate(variables);

		assertThat((Object) uitkomst.get("criteriaScore")).isEqualTo(aantal);
		assertThat((Object) uitkomst.get("voldoetAanCriteria")).isEqualTo(voldoet);
	}

	@Test
	@DisplayName("a criterion left open counts as not met")
	void openTeltAlsNee() {
		Map<String, Object> variables = new HashMap<>();
		CRITERIA.forEach((criterium) -> variables.put(criterium, null));

		assertThat((Object) evaluate(variables).get("criteriaScore")).isEqualTo(0);
	}

	private static DmnDecisionResultEntries evaluate(Map<String, Object> given) {
		Map<String, Object> variables = new HashMap<>();
		CRITERIA.forEach((criterium) -> variables.put(criterium, false));
		variables.putAll(given);
		return dmn.evaluateDecision(decision, variables).getSingleResult();
	}

}
