package nl.kantel.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrievenTest {

	private final Brieven brieven = new Brieven(new BrievenProperties(null), Voorbeelden.GEMEENTE);

	@TempDir
	Path map;

	@Test
	@DisplayName("the receipt letter gives the zaaknummer, the Dutch dates, the persoonlijk plan and free cliëntondersteuning")
	void ontvangstbevestiging() {
		String tekst = PdfText.of(this.brieven.pdf("ontvangstbevestiging", Voorbeelden.ontvangstbevestiging()));

		assertThat(tekst).contains("Beste J. de Vries,")
			.contains("Op 14 november 2026 heeft u zich bij ons gemeld")
			.contains("WMO-2026-000042")
			.contains("keukentafelgesprek")
			.contains("Wij ronden het onderzoek uiterlijk op 28 december 2026 af")
			.contains("Dan mag u meteen een aanvraag doen")
			.contains("In een persoonlijk plan schrijft u zelf op")
			.contains("uiterlijk op 23 november 2026")
			.contains("gratis hulp krijgen van een cliëntondersteuner")
			.contains("Bel ons op telefoonnummer 14 0123");
	}

	@Test
	@DisplayName("a letter by e-mail comes with a short mail that names the letter and the case, as plain text")
	void mailBijBrief() {
		String tekst = this.brieven.text("brief-als-bijlage", Map.of("naam", "J. de Vries", "zaaknummer",
				"WMO-2026-000042", "onderwerp", "Besluit over uw aanvraag (WMO-2026-000042)"));

		assertThat(tekst).startsWith("Beste J. de Vries,")
			.contains(
					"In de bijlage van deze e-mail vindt u een brief van Gemeente Voorbeeld: Besluit over uw aanvraag")
			.contains("uw zaaknummer: WMO-2026-000042")
			.doesNotContain("[(")
			.doesNotContain("<");
	}

	@ParameterizedTest(name = "uitkomst {0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					eigen-kracht          | U kunt dit zelf oplossen              | uiterlijk op 5 januari 2027
					algemene-voorziening  | Dat heet een algemene voorziening     | U neemt zelf contact op met die organisatie
					verwijzing            | schuldhulpverlening van de gemeente   | Dat heet een verwijzing
					maatwerkvoorziening   | Dat heet een maatwerkvoorziening      | Binnen 2 weken nadat wij het ondertekende verslag hebben ontvangen, nemen wij een besluit
					""")
	@DisplayName("the verslag names the case and the conversation, explains its uitkomst and what happens next")
	void verslag(String uitkomst, String uitleg, String vervolg) {
		Map<String, Object> data = Voorbeelden.verslag(uitkomst);
		data.put("verwijsdoel", "schuldhulp");

		String tekst = PdfText.of(this.brieven.pdf("verslag", data));

		assertThat(tekst).contains("WMO-2026-000042")
			.contains("Beste J. de Vries,")
			.contains("Op 14 november 2026 heeft u zich bij ons gemeld")
			.contains("Op 24 november 2026 hebben wij met u gepraat")
			.contains("Sinds mijn heupoperatie kan ik het huishouden niet meer alleen doen.")
			.contains("het huishouden")
			.contains("vervoer")
			.contains("Haar dochter woont in Groningen")
			.contains(uitleg)
			.contains(vervolg)
			.contains("Bel ons op telefoonnummer 14 0123");
	}

	@Test
	@DisplayName("a verslag with uitkomst maatwerkvoorziening is the aanvraag once signed, and says the beschikking follows in 2 weeks")
	void verslagMaatwerkvoorziening() {
		String tekst = PdfText.of(this.brieven.pdf("verslag", Voorbeelden.verslag("maatwerkvoorziening")));

		assertThat(tekst).contains("Zet dan uw handtekening onderaan dit verslag")
			.contains("Dan geldt het ondertekende verslag als uw aanvraag")
			.contains("Dat besluit heet een beschikking. Een beschikking is een officieel besluit van de gemeente")
			.contains("Voor akkoord: dit verslag is mijn aanvraag")
			.doesNotContain("Vindt u toch dat u hulp van de gemeente nodig heeft");
	}

	@Test
	@DisplayName("the verslag shows a persoonlijk plan that was handed in, and says so when none was")
	void verslagPersoonlijkPlan() {
		Map<String, Object> metPlan = Voorbeelden.verslag("eigen-kracht");
		metPlan.put("persoonlijkPlan", "Mijn buurman helpt met boodschappen; schoonmaken lukt niet.");

		assertThat(PdfText.of(this.brieven.pdf("verslag", metPlan)))
			.contains("Wij hebben uw plan gebruikt in het onderzoek")
			.contains("Mijn buurman helpt met boodschappen; schoonmaken lukt niet.");
		assertThat(PdfText.of(this.brieven.pdf("verslag", Voorbeelden.verslag("eigen-kracht"))))
			.contains("U heeft ons geen persoonlijk plan gegeven");
	}

	@Test
	@DisplayName("a beschikking toekennen gives the decision, its size and form, the motivering and the bezwaar clause with its end date")
	void beschikkingToekennen() {
		Map<String, Object> data = Voorbeelden.beschikking("toekennen");
		data.put("toewijzingNummer", "2026004217");

		String tekst = PdfText.of(this.brieven.pdf("beschikking", data));

		assertThat(tekst).contains("WMO-2026-000042")
			.contains("J. de Vries")
			.contains("16 november 2026")
			.contains("Dit besluit heet een beschikking")
			.contains("Wij geven u begeleiding.")
			.contains("3 uur per week")
			.contains("zorg in natura")
			.contains("2026004217")
			.contains("U kunt uw dag niet meer zelf indelen. Uw netwerk kan dit niet overnemen.")
			.contains("eigen bijdrage");
		assertBezwaarClause(tekst);
	}

	@Test
	@DisplayName("a beschikking names its legal basis, start and end, the pgb budget, the CAK's eigen bijdrage, and says a provider was asked only when one was")
	void beschikkingVolledig() {
		Map<String, Object> pgb = Voorbeelden.beschikking("toekennen");
		pgb.put("leveringsvorm", "pgb");
		pgb.put("kostenPerJaar", 12000L);
		pgb.put("einddatum", "2027-11-15");

		String tekst = PdfText.of(this.brieven.pdf("beschikking", pgb));

		assertThat(tekst)
			.contains("artikel 2.3.5", "artikel 2.3.6",
					"Verordening maatschappelijke ondersteuning Gemeente Voorbeeld 2025, artikel 6")
			.contains("Vanaf 16 november 2026", "Tot en met 15 november 2027")
			.contains("Uw budget € 12000 per jaar")
			.contains("ten hoogste € 21,00 per maand", "Het CAK rekent de eigen bijdrage uit")
			.doesNotContain("Wij hebben een zorgaanbieder gevraagd");
		assertThat(PdfText.of(this.brieven.pdf("beschikking", Voorbeelden.beschikking("toekennen"))))
			.as("care in kind without a toewijzing yet")
			.doesNotContain("Wij hebben een zorgaanbieder gevraagd")
			.contains("zolang u de ondersteuning nodig heeft");
		Map<String, Object> metToewijzing = Voorbeelden.beschikking("toekennen");
		metToewijzing.put("toewijzingNummer", "2026004217");
		assertThat(PdfText.of(this.brieven.pdf("beschikking", metToewijzing)))
			.contains("Wij hebben een zorgaanbieder gevraagd om u te helpen. Het nummer van de opdracht is 2026004217");
	}

	@Test
	@DisplayName("a beschikking afwijzen says what is refused, why, and how to object until when")
	void beschikkingAfwijzen() {
		Map<String, Object> data = Voorbeelden.beschikking("afwijzen");
		data.put("productcategorie", "01");
		data.put("motivering", "Uw dochter woont bij u in. Zij kan het huishouden doen; dat is gebruikelijke hulp.");

		String tekst = PdfText.of(this.brieven.pdf("beschikking", data));

		assertThat(tekst).contains("Wij geven u geen huishoudelijke hulp.")
			.contains("Wij wijzen uw aanvraag af")
			.contains("Uw dochter woont bij u in. Zij kan het huishouden doen; dat is gebruikelijke hulp.")
			.doesNotContain("3 uur per week")
			.doesNotContain("eigen bijdrage");
		assertBezwaarClause(tekst);
	}

	@Test
	@DisplayName("a beschikking with a pgb explains the persoonsgebonden budget instead of care in kind")
	void beschikkingPgb() {
		Map<String, Object> data = Voorbeelden.beschikking("toekennen");
		data.put("leveringsvorm", "pgb");
		data.put("productcategorie", "07");
		data.put("omvang", 2L);
		data.put("eenheid", "16");

		String tekst = PdfText.of(this.brieven.pdf("beschikking", data));

		assertThat(tekst).contains("Wij geven u dagbesteding.")
			.contains("2 dagdelen per week")
			.contains("persoonsgebonden budget (pgb)")
			.contains("Sociale Verzekeringsbank (SVB)")
			.doesNotContain("zorg in natura")
			.doesNotContain("Nummer van de opdracht");
	}

	@Test
	@DisplayName("data that looks like markup is printed as text and cannot break the letter")
	void dataIsEscaped() {
		Map<String, Object> data = Voorbeelden.beschikking("afwijzen");
		data.put("naam", "A. van 't Hof & <Zn>");

		assertThat(PdfText.of(this.brieven.pdf("beschikking", data))).contains("A. van 't Hof & <Zn>");
	}

	@Test
	@DisplayName("a letter without its bezwaar date is not made")
	void missingDateRefused() {
		Map<String, Object> data = Voorbeelden.beschikking("toekennen");
		data.remove("bezwaarDeadline");

		assertThatThrownBy(() -> this.brieven.pdf("beschikking", data)).rootCause()
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("datum ontbreekt");
	}

	@Test
	@DisplayName("a template in the municipality's folder wins over the shipped one; the others still come from the classpath")
	void folderWins() throws IOException {
		Files.writeString(this.map.resolve("brief-als-bijlage.txt"),
				"Geachte [(${naam})], uw melding [(${zaaknummer})] is binnen. [(${gemeente.naam})]",
				StandardCharsets.UTF_8);
		Files.writeString(this.map.resolve("beschikking.html"), """
				<html xmlns:th="http://www.thymeleaf.org"><body>
				<p>Besluit van de gemeente Eigenstad over <span th:text="${zaaknummer}">x</span></p>
				</body></html>
				""", StandardCharsets.UTF_8);
		Brieven eigen = new Brieven(new BrievenProperties(this.map), Voorbeelden.GEMEENTE);

		assertThat(eigen.text("brief-als-bijlage", Voorbeelden.ontvangstbevestiging()))
			.isEqualTo("Geachte J. de Vries, uw melding WMO-2026-000042 is binnen. Gemeente Voorbeeld");
		assertThat(PdfText.of(eigen.pdf("beschikking", Voorbeelden.beschikking("toekennen"))))
			.isEqualTo("Besluit van de gemeente Eigenstad over WMO-2026-000042");
		assertThat(PdfText.of(eigen.pdf("verslag", Voorbeelden.verslag("eigen-kracht"))))
			.contains("Verslag van uw gesprek met de gemeente");
	}

	@Test
	@DisplayName("a letterhead in the folder changes every letter that uses it")
	void folderFragmentWins() throws IOException {
		String shipped;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("brieven/briefhoofd.html")) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Files.writeString(this.map.resolve("briefhoofd.html"),
				shipped.replace("<div>Telefoon", "<div>Loket open op werkdagen van 9 tot 17 uur</div><div>Telefoon"),
				StandardCharsets.UTF_8);
		Brieven eigen = new Brieven(new BrievenProperties(this.map), Voorbeelden.GEMEENTE);

		assertThat(PdfText.of(eigen.pdf("beschikking", Voorbeelden.beschikking("toekennen"))))
			.contains("Loket open op werkdagen van 9 tot 17 uur");
		assertThat(PdfText.of(this.brieven.pdf("beschikking", Voorbeelden.beschikking("toekennen"))))
			.doesNotContain("Loket open");
	}

	@Test
	@DisplayName("a template name cannot reach outside the template folders")
	void nameRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.brieven.text("../application", Map.of()))
			.withMessageContaining("../application");
	}

	private static void assertBezwaarClause(String tekst) {
		assertThat(tekst).contains("Dan kunt u bezwaar maken. Bezwaar maken betekent")
			.contains("Uw bezwaar moet uiterlijk op 28 december 2026 bij ons binnen zijn")
			.contains("niet later dan een week daarna ontvangen")
			.contains("een gesprek houdt de termijn voor uw bezwaar niet tegen")
			.contains("voorlopige voorziening")
			.contains("Rechtbank Voorbeeld")
			.contains("https://www.gemeente.example/bezwaar")
			.contains("het zaaknummer: WMO-2026-000042")
			.contains("waarom u het niet eens bent met dit besluit")
			.contains("uw handtekening")
			.contains(
					"Het college van burgemeester en wethouders van Gemeente Voorbeeld Postbus 100, 1000 AA Voorbeeld");
	}

}
