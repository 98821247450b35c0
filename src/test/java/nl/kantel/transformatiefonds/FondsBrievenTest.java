package nl.kantel.transformatiefonds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the fund's letters say a setting in words. */
class FondsBrievenTest {

	@ParameterizedTest(name = "{0} is ''{1}''")
	@CsvSource({ "P3M, elke 3 maanden", "P1M, elke maand", "P6M, elke 6 maanden", "P2W, elke 2 weken", "P1W, elke week",
			"P10D, elke 10 dagen", "P1Y, elk jaar", "P2Y, elke 2 jaar", "P12M, elk jaar",
			"P1Y6M, elke 1 jaar en 6 maanden" })
	@DisplayName("the reporting interval in words")
	void rapportageFrequentie(String interval, String woorden) {
		assertThat(FondsBrieven.elke(interval)).isEqualTo(woorden);
	}

	@ParameterizedTest(name = "''{0}'' is refused")
	@ValueSource(strings = { "P0D", "P-3M" })
	void geenRapportageFrequentie(String interval) {
		assertThatIllegalArgumentException().isThrownBy(() -> FondsBrieven.elke(interval))
			.withMessageContaining(interval);
	}

}
