package nl.kantel.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

	@Test
	@DisplayName("a number whose weighted sum is divisible by 11 passes the 11-proef")
	void passes() {
		assertThat(Bsn.isValid("123456782")).isTrue();
		assertThat(Bsn.isValid("111222333")).isTrue();
	}

	@Test
	@DisplayName("a number whose weighted sum is not divisible by 11 fails the 11-proef")
	void fails() {
		assertThat(Bsn.isValid("123456789")).isFalse();
		assertThat(Bsn.isValid("111222334")).isFalse();
	}

	@Test
	@DisplayName("the last digit counts with weight -1, not +1")
	void lastDigitSubtracted() {
		assertThat(Bsn.isValid("000000012")).isTrue();
		assertThat(Bsn.isValid("000000019")).isFalse();
	}

	@ParameterizedTest(name = "''{0}'' is not a BSN")
	@NullAndEmptySource
	@ValueSource(strings = { "12345678", "1234567820", "12345678a", " 123456782", "123 456 782", "-12345678" })
	void refusesWhatIsNotNineDigits(String bsn) {
		assertThat(Bsn.isValid(bsn)).isFalse();
	}

}
