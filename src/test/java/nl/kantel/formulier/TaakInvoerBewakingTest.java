package nl.kantel.formulier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaakInvoerBewakingTest {

	@ParameterizedTest(name = "{0} / {1}: {2}")
	@CsvSource(nullValues = "null",
			value = { "4200, 4200.0, true", "'', null, true", "2026-11-30, 2026-11-30, true",
					"2026-11-30, 2026-12-01, false", "4200, 4201, false", "null, iets, false" })
	@DisplayName("a read-only field counts as unchanged when the form shows the same value")
	void sameValue(String submitted, String current, boolean same) {
		assertThat(TaakInvoerBewaking.sameValue(number(submitted), number(current))).isEqualTo(same);
	}

	private static Object number(String text) {
		if (text != null && text.matches("\\d+")) {
			return Long.valueOf(text);
		}
		if (text != null && text.matches("\\d+\\.\\d+")) {
			return Double.valueOf(text);
		}
		return text;
	}

}
