package nl.kantel.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IwmoCodesTest {

	@ParameterizedTest(name = "productcategorie {0} is {1}")
	@CsvSource({ "01, huishoudelijke hulp", "02, begeleiding", "03, persoonlijke verzorging", "07, dagbesteding",
			"08, vervoerdiensten", "11, rolstoelen", "13, woonvoorzieningen", "14, overige hulpmiddelen" })
	void namesEachProductcategorie(String code, String naam) {
		assertThat(IwmoCodes.productcategorie(code)).isEqualTo(naam);
	}

	@ParameterizedTest(name = "{0} × eenheid {1}, frequentie {2} is ''{3}''")
	@CsvSource({ "3, 04, 2, 3 uur per week", "90, 01, 1, 90 minuten per dag", "1, 01, 1, 1 minuut per dag",
			"2, 16, 2, 2 dagdelen per week", "1, 14, 4, 1 etmaal per maand", "500, 83, 6, 500 euro in totaal",
			"1, 84, 6, 1 stuk in totaal", "2, 84, 6, 2 stuks in totaal", "1.5, 04, 2, 1.5 uur per week" })
	void writesOmvangAsASentencePart(String omvang, String eenheid, String frequentie, String tekst) {
		assertThat(IwmoCodes.omvang(omvang, eenheid, frequentie)).isEqualTo(tekst);
	}

	@Test
	@DisplayName("a Long omvang, as a process variable holds it, reads the same as text")
	void omvangFromLong() {
		assertThat(IwmoCodes.omvang(3L, "04", "2")).isEqualTo("3 uur per week");
		assertThat(IwmoCodes.eenheid("84")).isEqualTo("stuk");
		assertThat(IwmoCodes.frequentie("4")).isEqualTo("per maand");
	}

	@Test
	@DisplayName("an unknown or missing code is refused and named, so no letter shows a bare code")
	void unknownCodeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> IwmoCodes.productcategorie("2"))
			.withMessageContaining("productcategorie '2'");
		assertThatIllegalArgumentException().isThrownBy(() -> IwmoCodes.omvang(3, "05", "2"))
			.withMessageContaining("eenheid '05'");
		assertThatIllegalArgumentException().isThrownBy(() -> IwmoCodes.frequentie(null))
			.withMessageContaining("frequentie 'null'");
		assertThatIllegalArgumentException().isThrownBy(() -> IwmoCodes.omvang("drie", "04", "2"))
			.withMessageContaining("omvang");
	}

}
