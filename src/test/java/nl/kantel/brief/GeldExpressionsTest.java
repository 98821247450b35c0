package nl.kantel.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GeldExpressionsTest {

	private final GeldExpressions geld = new GeldExpressions();

	@ParameterizedTest(name = "{0} reads as {1}")
	@CsvSource(delimiter = '|', textBlock = """
			12000    | € 12.000
			1442     | € 1.442
			0        | € 0
			6300000  | € 6.300.000
			12.5     | € 12,50
			1234.56  | € 1.234,56
			""")
	void writesAnAmountInDutch(String bedrag, String euro) {
		assertThat(this.geld.euro(bedrag)).isEqualTo(euro);
	}

	@Test
	@DisplayName("whole euros in a Long, as the fund's variables hold them, and a BigDecimal read the same")
	void fromNumbers() {
		assertThat(this.geld.euro(50000L)).isEqualTo("€ 50.000");
		assertThat(this.geld.euro(new BigDecimal("1442.00"))).isEqualTo("€ 1.442");
	}

	@ParameterizedTest(name = "''{0}'' is refused")
	@NullAndEmptySource
	@ValueSource(strings = { "twaalf", "12.000,00" })
	void refusesWhatIsNoAmount(String bedrag) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.geld.euro(bedrag)).withMessageContaining("bedrag");
	}

}
