package nl.kantel.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateExpressionsTest {

	private final DateExpressions datum = new DateExpressions();

	@ParameterizedTest(name = "{0} reads as {1}")
	@CsvSource({ "2026-12-28, 28 december 2026", "2026-03-01, 1 maart 2026", "2027-05-05, 5 mei 2027" })
	void writesADateInDutch(String iso, String voluit) {
		assertThat(this.datum.voluit(iso)).isEqualTo(voluit);
	}

	@ParameterizedTest(name = "''{0}'' is refused")
	@NullAndEmptySource
	@ValueSource(strings = { "28-12-2026", "2026-02-30", "morgen" })
	void refusesWhatIsNotAnIsoDate(String iso) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.datum.voluit(iso)).withMessageContaining("datum");
	}

}
