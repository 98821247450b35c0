package nl.kantel.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;

/**
 * Starts and messages with what a careless or hostile portal sends: wrong types, long
 * texts, odd dates, unknown and process-owned variables, broken JSON. Each answers 2xx or
 * 4xx, never 5xx; a refused start leaves no case behind; the log names no BSN, name or
 * e-mail address of what was sent.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class OnzinInvoerContract {

	private static final String BSN = "111222333";

	private static final String NAAM = "Fuzzia Testersma";

	private static final String EMAIL = "fuzzia@voorbeeld.example";

	private static final List<String> PROCESSEN = List.of("wmo-intake", "verwijzing", "bezwaar");

	private static final List<Object> WAARDEN = List.of("", " ", "x".repeat(4001), "x".repeat(20_000), "0001-01-01",
			"2026-02-30", "9999-12-31", "2026-1-1", "31-12-2025", "null", "<script>alert(1)</script>",
			"'; drop table zaak; --", "\u0000", "🙂".repeat(10), -1, 0, Long.MAX_VALUE, 3.5, true, List.of(1, 2),
			Map.of("a", 1));

	private static final List<String> TYPES = List.of("String", "Integer", "Long", "Double", "Boolean", "Date", "Json",
			"Object", "Bytes", "Onbekend", "File", "Null");

	private static final List<String> NAMEN = List.of("bsn", "naam", "hulpvraag", "meldingDatum", "spoed", "email",
			"verwijsdoel", "verwijzerType", "reden", "toestemmingClient", "verzoekDatum", "hoofdzaak", "ontvangstDatum",
			"verzendDatum", "zaaknummer", "resultaat", "onderzoekDeadline", "terugkoppelingen", "onbekendGegeven",
			"n".repeat(300), "", "a b", "$x");

	@Autowired
	TestRestTemplate template;

	@Autowired
	HistoryService history;

	@Test
	@DisplayName("200 starts and messages full of nonsense: never 5xx, no case left from a refused start, a quiet log without personal data")
	void nooitEen500(CapturedOutput log) {
		Random random = new Random(20261129L);
		KantelRest portaal = KantelRest.as(this.template, "portaal");
		List<String> fouten = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			String proces = PROCESSEN.get(random.nextInt(PROCESSEN.size()));
			long before = zaken(proces);
			boolean bericht = random.nextInt(4) == 0;
			Object body = (random.nextInt(10) == 0) ? "{\"variables\": {\"bsn\": " + BSN + ", "
					: bericht ? Map.of("messageName",
							random.nextBoolean() ? "BezwaarOntvangen" : "PersoonlijkPlanOntvangen", "processVariables",
							variabelen(random)) : Map.of("variables", variabelen(random));
			Answer answer = portaal.post(
					bericht ? "/engine-rest/message" : "/engine-rest/process-definition/key/" + proces + "/start",
					body);
			if (answer.status() >= 500) {
				fouten.add(answer.status() + " " + answer.body() + " op " + body);
			}
			if (answer.status() >= 400 && zaken(proces) != before) {
				fouten.add("zaak achtergebleven na " + answer.status() + " " + answer.message());
			}
		}
		assertThat(fouten).isEmpty();
		assertThat(log.getAll()).doesNotContain(BSN, NAAM, EMAIL);
		assertThat(log.getAll()).as("refusals are not errors, and no stack traces")
			.doesNotContain(" ERROR ", " WARN ", "\tat ");
	}

	private static Map<String, Object> variabelen(Random random) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("bsn", Map.of("value", BSN, "type", "String"));
		variables.put("naam", Map.of("value", NAAM, "type", "String"));
		variables.put("email", Map.of("value", EMAIL, "type", "String"));
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("value", WAARDEN.get(random.nextInt(WAARDEN.size())));
			if (random.nextInt(3) > 0) {
				value.put("type", TYPES.get(random.nextInt(TYPES.size())));
			}
			variables.put(NAMEN.get(random.nextInt(NAMEN.size())), value);
		}
		return variables;
	}

	private long zaken(String proces) {
		return this.history.createHistoricProcessInstanceQuery().processDefinitionKey(proces).count();
	}

}
