package nl.kantel.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.kantel.KantelH2;

@KantelH2
class BrievenH2IT {

	@Autowired
	Brieven brieven;

	@Test
	@DisplayName("the application's Brieven uses the municipality from kantel.gemeente in mails and letters")
	void wiredWithTheMunicipality() {
		assertThat(this.brieven.text("brief-als-bijlage", Voorbeelden.ontvangstbevestiging()))
			.contains("Bel ons op telefoonnummer 14 0123. Of stuur een e-mail naar info@gemeente.example.")
			.contains("Gemeente Voorbeeld\nhttps://www.gemeente.example");
		assertThat(PdfText.of(this.brieven.pdf("beschikking", Voorbeelden.beschikking("toekennen"))))
			.contains("Gemeente Voorbeeld Postbus 100, 1000 AA Voorbeeld")
			.contains("Rechtbank Voorbeeld");
	}

}
