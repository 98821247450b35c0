package nl.kantel.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of processes/wmo-uitkomst.dmn, in the order of Wmo 2.3.2 lid 4 and 2.3.5 lid
 * 3.
 */
class WmoUitkomstDecisionTest {

	private static DmnEngine dmn;

	private static DmnDecision decision;

	@BeforeAll
	static void parse() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = new FileInputStream("processes/wmo-uitkomst.dmn")) {
			decision = dmn.parseDecision("wmo-uitkomst", in);
		}
	}

	@ParameterizedTest(name = "eigen kracht {0}, netwerk {1}, algemeen {2}, behoefte {3} -> {4} {5}")
	@CsvSource(nullValues = "-", value = {
			// eigen kracht and gebruikelijke hulp come first, whatever else applies
			"true, true, true, schulden, eigen-kracht, -",
			// then mantelzorg and the social network
			"false, true, true, begeleiding, eigen-kracht, -",
			// then an algemene voorziening, also before a referral
			"false, false, true, eenzaamheid, algemene-voorziening, -",
			// then the voorliggende voorzieningen: a referral
			"false, false, false, schulden, verwijzing, schuldhulp",
			"false, false, false, eenzaamheid, verwijzing, welzijn",
			"false, false, false, werk-en-inkomen, verwijzing, werk-en-inkomen",
			// only what remains: a maatwerkvoorziening
			"false, false, false, huishouden, maatwerkvoorziening, -",
			"false, false, false, begeleiding, maatwerkvoorziening, -",
			"false, false, false, dagbesteding, maatwerkvoorziening, -",
			"false, false, false, hulpmiddel, maatwerkvoorziening, -",
			"false, false, false, woningaanpassing, maatwerkvoorziening, -",
			"false, false, false, vervoer, maatwerkvoorziening, -",
			// a question left open counts as no
			"-, -, -, vervoer, maatwerkvoorziening, -" })
	@DisplayName("the first rule that fits decides the uitkomst")
	void uitkomst(Boolean eigenKracht, Boolean netwerk, Boolean algemeen, String behoefte, String uitkomst,
			String verwijsdoel) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("eigenKrachtVoldoende", eigenKracht);
		variables.put("netwerkVoldoende", netwerk);
		variables.put("algemeneVoorzieningPassend", algemeen);
		variables.put("ondersteuningsbehoefte", behoefte);

		DmnDecisionResultEntries result = dmn.evaluateDecision(decision, variables).getSingleResult();

		assertThat((String) result.get("uitkomst")).isEqualTo(uitkomst);
		assertThat((String) result.get("verwijsdoel")).isEqualTo(verwijsdoel);
	}

}
