package nl.kantel.transformatiefonds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.core.variable.scope.SimpleVariableInstance.SimpleVariableInstanceFactory;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceFactory;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceLifecycleListener;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.kantel.KantelH2;
import nl.kantel.brief.PdfText;

/**
 * Each letter of the fund, rendered from a case's variables with Gemeente Voorbeeld's
 * letterhead and sent through the real post to a mail server (GreenMail): what it says,
 * where it goes, under which key, and what it records on the case. The case is a plain
 * scope of variables, as a step of the process hands it over; its zaaknummer is one the
 * database's sequence does not reach in a test run, so no process test's case shares its
 * keys. Every expected date is worked out by hand.
 */
@KantelH2
class FondsPostH2IT {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final String ZAAKNUMMER = "TF-2026-900007";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	FondsPost fondsPost;

	@Autowired
	JdbcTemplate jdbc;

	private VariableScope zaak;

	/** What left, in the order the steps sent it. */
	private final List<Verzonden> verzonden = new ArrayList<>();

	@BeforeEach
	void zaak() {
		vergeetVerzonden();
		this.zaak = nieuweZaak();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		vergeetVerzonden();
	}

	@Test
	@DisplayName("the receipt goes by e-mail to the initiatiefnemer, names the project, the decision date and the steps to come, without a bezwaar clause")
	void ontvangstBevestigen() {
		klok("2026-03-02");

		verstuur(this.fondsPost::ontvangstBevestigen);

		Verzonden brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-900007/fonds-ontvangstbevestiging/1");
		assertThat(brief.ontvanger()).as("by e-mail, not by post").isEqualTo("info@buurtkeuken.example");
		assertThat(brief.onderwerp()).isEqualTo("Wij hebben uw aanvraag ontvangen (TF-2026-900007)");
		assertThat(brief.mailtekst()).startsWith("Beste Stichting Buurtkeuken Noord,")
			.contains("uw zaaknummer: TF-2026-900007");
		assertThat(brief.bestandsnaam()).isEqualTo("fonds-ontvangstbevestiging-TF-2026-900007.pdf");
		assertThat(PdfText.of(brief.pdf())).contains("Beste Stichting Buurtkeuken Noord,")
			.contains("Zaaknummer TF-2026-900007")
			.contains("Op 2 maart 2026 heeft u subsidie aangevraagd bij het Transformatiefonds")
			.contains("Uw project Buurtkeuken tegen eenzaamheid")
			.contains("U vraagt € 15.000")
			.contains("Het project duurt 12 maanden")
			.contains("U krijgt ons besluit uiterlijk op 28 april 2026")
			.contains("artikel 4:13")
			.contains("Wij kijken of uw aanvraag compleet is")
			.contains("Een commissie van mensen die zelf ervaring hebben met hulp of zorg, geeft advies")
			.contains("Daarna beslist de programmamanager")
			.contains("meer dan € 50.000? Dan moet ook de wethouder akkoord geven")
			.contains("Team Transformatiefonds Gemeente Voorbeeld")
			.doesNotContain("bezwaar");
		assertThat(document("fondsOntvangstbevestigingDocument")).isEqualTo(brief.pdf());
		assertThat(this.zaak.getVariables()).containsEntry("fondsOntvangstbevestigingAantal", 1L);
	}

	@Test
	@DisplayName("in a fund whose committee decides, the receipt says the committee decides and signs with that fund's team")
	void ontvangstCommissieBeslist() {
		klok("2026-03-02");
		this.zaak.setVariable("fonds", "participatiefonds");

		verstuur(this.fondsPost::ontvangstBevestigen);

		assertThat(PdfText.of(enigeBrief().pdf())).contains("bij het Participatiefonds")
			.contains("Deze commissie beslist over uw aanvraag")
			.contains("Team Participatiefonds")
			.doesNotContain("programmamanager");
	}

	@Test
	@DisplayName("the aanvulling names what is missing and the hersteltermijn: 13 April + 2 weeks ends on Koningsdag 2026, so Tuesday 28 April")
	void aanvullingVragen() {
		klok("2026-04-13");
		this.zaak.setVariable("gevraagdeAanvulling", "Een begroting: wat kost het project, en wie betaalt wat?");

		verstuur(this.fondsPost::aanvullingVragen);

		Verzonden brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-900007/fonds-aanvulling/1");
		assertThat(PdfText.of(brief.pdf())).contains("Wij hebben meer informatie nodig")
			.contains("Een begroting: wat kost het project, en wie betaalt wat?")
			.contains("Stuur de informatie uiterlijk op 28 april 2026")
			.contains("Zolang wij op uw informatie wachten, staat de termijn voor ons besluit stil")
			.contains("Dat heet: buiten behandeling laten")
			.contains("artikel 4:5");
		assertThat(this.zaak.getVariables()).containsEntry("aanvullingGevraagdOp", "2026-04-13")
			.containsEntry("hersteltermijnDeadline", "2026-04-28");
	}

	@Test
	@DisplayName("a second aanvulling is a letter of its own (key /2), with a new hersteltermijn")
	void tweedeAanvulling() {
		klok("2026-03-09");
		this.zaak.setVariable("gevraagdeAanvulling", "Een begroting.");
		verstuur(this.fondsPost::aanvullingVragen);
		klok("2026-03-25");
		this.zaak.setVariable("gevraagdeAanvulling", "De handtekening van de penningmeester.");

		verstuur(this.fondsPost::aanvullingVragen);

		assertThat(this.verzonden).extracting(Verzonden::sleutel)
			.containsExactly("TF-2026-900007/fonds-aanvulling/1", "TF-2026-900007/fonds-aanvulling/2");
		assertThat(PdfText.of(this.verzonden.get(1).pdf())).contains("De handtekening van de penningmeester.")
			.contains("uiterlijk op 8 april 2026");
		assertThat(this.zaak.getVariables()).containsEntry("aanvullingGevraagdOp", "2026-03-25")
			.containsEntry("hersteltermijnDeadline", "2026-04-08")
			.containsEntry("fondsAanvullingAantal", 2L);
	}

	@Test
	@DisplayName("a retried job whose aanvulling already left on 13 April counts from that day and keeps the letter that was sent")
	void aanvullingEerderVerzonden() {
		klok("2026-04-13");
		this.zaak.setVariable("gevraagdeAanvulling", "Een begroting.");
		verstuur(this.fondsPost::aanvullingVragen);
		// The job's transaction is lost after the letter left: the retry finds the case
		// as
		// it was before.
		this.zaak = nieuweZaak();
		this.zaak.setVariable("gevraagdeAanvulling", "Een begroting.");
		klok("2026-04-15");

		verstuur(this.fondsPost::aanvullingVragen);

		assertThat(PdfText.of(enigeBrief().pdf())).as("the letter that left on the 13th")
			.contains("uiterlijk op 28 april 2026");
		assertThat(PdfText.of(document("fondsAanvullingDocument")))
			.as("made again for the 13th, not for the 15th (29 April)")
			.contains("uiterlijk op 28 april 2026")
			.doesNotContain("29 april 2026");
		assertThat(this.zaak.getVariables()).containsEntry("aanvullingGevraagdOp", "2026-04-13")
			.containsEntry("hersteltermijnDeadline", "2026-04-28")
			.containsEntry("fondsAanvullingAantal", 1L);
	}

	@Test
	@DisplayName("buiten behandeling is a beschikking dated the day it leaves (Thursday 2 April 2026), bezwaar until Atw(14 May, Hemelvaartsdag) = 15 May")
	void buitenBehandeling() {
		klok("2026-04-02");
		this.zaak.setVariable("gevraagdeAanvulling", "Een begroting.");
		this.zaak.setVariable("aanvullingGevraagdOp", "2026-03-09");
		this.zaak.setVariable("hersteltermijnDeadline", "2026-03-23");

		verstuur(this.fondsPost::buitenBehandelingVersturen);

		Verzonden brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-900007/fonds-buiten-behandeling/1");
		assertThat(brief.onderwerp()).isEqualTo("Wij behandelen uw aanvraag niet (TF-2026-900007)");
		String tekst = PdfText.of(brief.pdf());
		assertThat(tekst).contains("Datum 2 april 2026")
			.contains("Wij nemen uw aanvraag niet in behandeling")
			.contains("heeft u subsidie aangevraagd bij het Transformatiefonds voor uw project")
			.contains("Dit besluit heet een beschikking")
			.contains("Op 9 maart 2026 hebben wij u om meer informatie gevraagd")
			.contains("uiterlijk op 23 maart 2026")
			.contains("Een begroting.")
			.contains("Artikel 4:5 van de Algemene wet bestuursrecht")
			.contains("Subsidieregeling Transformatiefonds sociaal domein Gemeente Voorbeeld 2025")
			.contains("U kunt een nieuwe aanvraag doen");
		assertBezwaarClause(tekst, "15 mei 2026");
		assertThat(tekst).contains("namens het college van burgemeester en wethouders van Gemeente Voorbeeld");
		assertThat(this.zaak.getVariables()).containsEntry("beschikkingDatum", "2026-04-02")
			.containsEntry("beschikkingVerzonden", "2026-04-02")
			.containsEntry("bezwaarDeadline", "2026-05-15");
	}

	@Test
	@DisplayName("a verleningsbeschikking: the amount of the asked, the regeling, the voorschot and the rest, reports, the eindverantwoording and what it holds; bezwaar until 1 June 2026")
	void verleningsbeschikking() {
		klok("2026-04-20");
		toegekend(12000L);
		this.zaak.setVariable("beschikkingDatum", "2026-04-17");
		this.zaak.setVariable("voorschotBedrag", 9600L);
		this.zaak.setVariable("projectEinde", "2027-04-19");
		this.zaak.setVariable("voortgangDeadline", "2026-07-20");
		this.zaak.setVariable("eindverantwoordingDeadline", "2027-10-19");
		this.zaak.setVariable("motivering", "Wij betalen de huur van de keuken niet: die betaalt de woningcorporatie.");

		verstuur(this.fondsPost::besluitVersturen);

		Verzonden brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-900007/fonds-besluit/1");
		assertThat(brief.onderwerp()).isEqualTo("Besluit over uw aanvraag voor subsidie (TF-2026-900007)");
		String tekst = PdfText.of(brief.pdf());
		assertThat(tekst).contains("Datum 17 april 2026")
			.contains("U krijgt subsidie voor uw project")
			.contains("Dit besluit heet een beschikking")
			.contains("Wij geven u een subsidie van € 12.000.")
			.contains("U vroeg € 15.000")
			.contains("Voorschot € 9.600")
			.contains("Het project loopt tot en met 19 april 2027")
			.contains("Dat is minder dan u vroeg")
			.contains("Wij betalen de huur van de keuken niet: die betaalt de woningcorporatie.")
			.contains("Uw project voldoet aan 5 van de 6 punten. Dat is genoeg.")
			.contains("Het advies was positief")
			.contains("Een keuken in de wijk waar iedereen mag aanschuiven: precies wat ontbrak.")
			.contains("De Subsidieregeling Transformatiefonds sociaal domein Gemeente Voorbeeld 2025")
			.contains("titel 4.2")
			.contains("U krijgt eerst een voorschot van € 9.600")
			.contains("De rest, € 2.400, krijgt u na afloop van het project")
			.contains("elke 3 maanden")
			.contains("Het eerste verslag moet uiterlijk op 20 juli 2026 bij ons zijn")
			.contains("De eindverantwoording moet uiterlijk op 19 oktober 2027 bij ons zijn")
			.contains("een overzicht van de kosten en de inkomsten")
			.contains("Dan kan het bedrag lager worden (artikel 4:46 en 4:48")
			.doesNotContain("U krijgt het hele bedrag meteen")
			.doesNotContain("punten. Dat is minder dan nodig");
		assertBezwaarClause(tekst, "1 juni 2026");
		assertThat(this.zaak.getVariables()).as("the decision's date stays; the bezwaar term runs from the sending")
			.containsEntry("beschikkingDatum", "2026-04-17")
			.containsEntry("beschikkingVerzonden", "2026-04-20")
			.containsEntry("bezwaarDeadline", "2026-06-01");
		assertThat(document("fondsBesluitDocument")).isEqualTo(brief.pdf());
	}

	@Test
	@DisplayName("a small grant vastgesteld at once: the whole amount, no reports or eindverantwoording, receipts kept 7 years")
	void directVastgesteld() {
		klok("2026-04-20");
		this.zaak.setVariable("gevraagdBedrag", 4000L);
		toegekend(4000L);
		this.zaak.setVariable("directVastgesteld", true);
		this.zaak.setVariable("projectEinde", "2026-10-19");

		verstuur(this.fondsPost::besluitVersturen);

		assertThat(PdfText.of(enigeBrief().pdf())).contains("Wij geven u een subsidie van € 4.000.")
			.contains("U krijgt het hele bedrag meteen")
			.contains("€ 4.000 is het definitieve bedrag")
			.contains("U hoeft ons geen verslagen te sturen, en ook geen verantwoording achteraf")
			.contains("7 jaar")
			.contains("artikel 4:49")
			.doesNotContain("Voorschot")
			.doesNotContain("eindverantwoording")
			.doesNotContain("minder dan u vroeg");
	}

	@Test
	@DisplayName("an afwijzing gives the reasons, the score on each criterion, the minimum not met and the committee's advice; sent Saturday 14 November 2026, bezwaar until Monday 28 December (Tweede Kerstdag, then Sunday)")
	void afwijzing() {
		klok("2026-11-14");
		this.zaak.setVariable("besluit", "afwijzen");
		this.zaak.setVariable("motivering", "Het project lijkt op de buurtmaaltijd die al in de wijk draait.");
		this.zaak.setVariable("criteriaScore", 3);
		this.zaak.setVariable("voldoetAanCriteria", false);
		criteria(true, true, false, true, false, false);
		this.zaak.setVariable("adviesCommissie", "negatief");
		this.zaak.setVariable("adviesToelichting", "Er is al een buurtmaaltijd. Sluit daarbij aan.");

		verstuur(this.fondsPost::besluitVersturen);

		String tekst = PdfText.of(enigeBrief().pdf());
		assertThat(tekst).contains("U krijgt geen subsidie voor uw project")
			.contains("Wij wijzen uw aanvraag af")
			.contains("Het project lijkt op de buurtmaaltijd die al in de wijk draait.")
			.contains("Uw project voldoet aan 3 van de 6 punten. Dat is minder dan nodig.")
			.contains("Het project sluit aan bij wat bewoners vragen ja")
			.contains("Het project bespaart kosten nee")
			.contains("Het project helpt om problemen te voorkomen ja")
			.contains("Het project maakt regels eenvoudiger nee")
			.contains("Het advies was negatief")
			.contains("Er is al een buurtmaaltijd. Sluit daarbij aan.")
			.contains("Misschien kunt u uw plan aanpassen en opnieuw aanvragen")
			.doesNotContain("€ 12.000")
			.doesNotContain("voorschot");
		assertBezwaarClause(tekst, "28 december 2026");
		assertThat(this.zaak.getVariables()).containsEntry("beschikkingDatum", "2026-11-14")
			.containsEntry("beschikkingVerzonden", "2026-11-14")
			.containsEntry("bezwaarDeadline", "2026-12-28");
	}

	@Test
	@DisplayName("a refusal because the fund has run out names what was left and Awb 4:25, and judges nothing of the project")
	void budgetOp() {
		klok("2026-04-20");
		this.zaak.setVariable("resultaat", "afgewezen-budget");
		this.zaak.setVariable("beschikbaarBijAanvraag", 4000L);
		this.zaak.setVariable("criteriaScore", 5);

		verstuur(this.fondsPost::besluitVersturen);

		String tekst = PdfText.of(enigeBrief().pdf());
		assertThat(tekst).contains("U krijgt geen subsidie voor uw project")
			.contains("omdat er niet genoeg geld meer in het Transformatiefonds zit")
			.contains("artikel 4:25, tweede lid")
			.contains("U vroeg € 15.000")
			.contains("was er nog € 4.000 over in het fonds")
			.contains("Dit besluit zegt niets over de kwaliteit van uw plan")
			.contains("Komt er weer geld in het fonds? Dan kunt u opnieuw subsidie aanvragen")
			.doesNotContain("punten");
		assertBezwaarClause(tekst, "1 juni 2026");

		this.zaak.setVariable("beschikbaarBijAanvraag", 0L);
		verstuur(this.fondsPost::besluitVersturen);
		assertThat(PdfText.of(this.verzonden.get(1).pdf())).contains("was er geen geld meer over in het fonds");
	}

	@Test
	@DisplayName("without a besluit or a refusal by budget no letter is made or sent")
	void geenBesluit() {
		klok("2026-04-20");

		assertThatIllegalStateException().isThrownBy(() -> this.fondsPost.besluitVersturen(this.zaak))
			.withMessageContaining("TF-2026-900007");
		assertThat(sleutels()).isEmpty();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
		assertThat(this.zaak.getVariables()).doesNotContainKeys("beschikkingVerzonden", "bezwaarDeadline");
	}

	@Test
	@DisplayName("the late-decision letter names the missed and the new term, the ingebrekestelling and the dwangsom, without a bezwaar clause")
	void besluitTeLaat() {
		klok("2026-04-29");
		this.zaak.setVariable("nieuweTermijn", "2026-05-12");

		verstuur(this.fondsPost::besluitTeLaat);

		Verzonden brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-900007/fonds-besluit-te-laat/1");
		assertThat(PdfText.of(brief.pdf())).contains("Ons besluit op uw aanvraag is te laat")
			.contains("Wij moesten uiterlijk op 28 april 2026 een besluit nemen")
			.contains("U krijgt ons besluit uiterlijk op 12 mei 2026 (artikel 4:14")
			.contains("Dat heet een ingebrekestelling")
			.contains("Dat heet een dwangsom (artikel 4:17")
			.contains("ten hoogste € 1.442")
			.doesNotContain("Dan kunt u bezwaar maken");
		assertThat(this.zaak.getVariables()).doesNotContainKey("bezwaarDeadline");
	}

	@Test
	@DisplayName("the dwangsom beschikking has its own bezwaar term (15 June + 6 weeks = 27 July 2026) and leaves the case's bezwaarDeadline as it was")
	void dwangsom() {
		klok("2026-06-15");
		this.zaak.setVariable("ingebrekestellingDatum", "2026-05-04");
		this.zaak.setVariable("dwangsomVanaf", "2026-05-19");
		this.zaak.setVariable("beschikkingDatum", "2026-05-28");
		this.zaak.setVariable("dwangsomDagen", 10L);
		this.zaak.setVariable("dwangsomBedrag", 230L);
		this.zaak.setVariable("bezwaarDeadline", "2026-07-10");

		verstuur(this.fondsPost::dwangsomVersturen);

		Verzonden brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-900007/fonds-dwangsom/1");
		String tekst = PdfText.of(brief.pdf());
		assertThat(tekst).contains("Wij moesten uiterlijk op 28 april 2026 beslissen")
			.contains("Op 4 mei 2026 ontvingen wij uw ingebrekestelling")
			.contains("Ons besluit kwam op 28 mei 2026")
			.contains("Wij betalen u een dwangsom van € 230.")
			.contains("Eerste dag met dwangsom 19 mei 2026")
			.contains("Aantal dagen 10")
			.contains("artikel 4:18")
			.doesNotContain("10 juli 2026");
		assertBezwaarClause(tekst, "27 juli 2026");
		assertThat(this.zaak.getVariables()).containsEntry("bezwaarDeadline", "2026-07-10")
			.doesNotContainKey("beschikkingVerzonden")
			.containsKey("fondsDwangsomDocument");
	}

	@Test
	@DisplayName("a reminder for a missing progress report asks for it and says what it holds, without a bezwaar clause; each reminder is a letter of its own")
	void voortgangHerinneren() {
		klok("2026-07-21");
		this.zaak.setVariable("beschikkingDatum", "2026-04-17");
		this.zaak.setVariable("voortgangDeadline", "2026-07-20");

		verstuur(this.fondsPost::voortgangHerinneren);
		klok("2026-10-21");
		this.zaak.setVariable("voortgangDeadline", "2026-10-20");
		verstuur(this.fondsPost::voortgangHerinneren);

		assertThat(this.verzonden).extracting(Verzonden::sleutel)
			.containsExactly("TF-2026-900007/fonds-voortgang-herinnering/1",
					"TF-2026-900007/fonds-voortgang-herinnering/2");
		assertThat(this.verzonden.get(0).onderwerp())
			.isEqualTo("Herinnering: wij wachten op uw voortgangsverslag (TF-2026-900007)");
		assertThat(PdfText.of(this.verzonden.get(0).pdf())).contains("Wij wachten op uw voortgangsverslag")
			.contains("elke 3 maanden")
			.contains("Uw verslag moest uiterlijk op 20 juli 2026 bij ons zijn")
			.contains("Stuur ons uw voortgangsverslag zo snel mogelijk")
			.contains("Mail het naar info@gemeente.example")
			.contains("wat goed gaat en wat niet")
			.doesNotContain("bezwaar");
		assertThat(PdfText.of(this.verzonden.get(1).pdf())).contains("uiterlijk op 20 oktober 2026");
	}

	@Test
	@DisplayName("a lower vaststelling below the voorschot: the amounts, the reasons (Awb 4:46), the terugvordering (4:57); sent Saturday 13 November 2027, bezwaar until Monday 27 December")
	void vaststellingLagerMetTerugvordering() {
		klok("2027-11-13");
		vastgesteld(8000L, 0L, 1600L);
		this.zaak.setVariable("vaststellingMotivering",
				"De tweede kookavond per week is niet doorgegaan. Daarvoor was € 4.000 bedoeld.");

		verstuur(this.fondsPost::vaststellingVersturen);

		Verzonden brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-900007/fonds-vaststelling/1");
		assertThat(brief.onderwerp()).isEqualTo("Vaststelling van uw subsidie (TF-2026-900007)");
		String tekst = PdfText.of(brief.pdf());
		assertThat(tekst).contains("Datum 13 november 2027")
			.contains("Op 17 april 2026 gaven wij u € 12.000 subsidie uit het Transformatiefonds")
			.contains("Wij stellen uw subsidie vast op € 8.000.")
			.contains("Dat is € 4.000 minder dan wij u hebben gegeven")
			.contains("Al betaald als voorschot € 9.600")
			.contains("U betaalt ons terug € 1.600")
			.contains("De tweede kookavond per week is niet doorgegaan. Daarvoor was € 4.000 bedoeld.")
			.contains("artikel 4:46, tweede lid")
			.contains("Dat bedrag moet u aan ons terugbetalen (artikel 4:57")
			.contains("betalingsregeling")
			.doesNotContain("Wij betalen u nog")
			.doesNotContain("eindverantwoording niet ontvangen");
		assertBezwaarClause(tekst, "27 december 2027");
		assertThat(this.zaak.getVariables()).containsEntry("vaststellingDatum", "2027-11-13")
			.containsEntry("vaststellingVerzonden", "2027-11-13")
			.containsEntry("bezwaarDeadline", "2027-12-27");
		assertThat(document("fondsVaststellingDocument")).isEqualTo(brief.pdf());
	}

	@Test
	@DisplayName("a vaststelling of the whole grant pays the rest within 4 weeks and gives no reasons for a lower amount")
	void vaststellingGelijkMetNabetaling() {
		klok("2027-11-01");
		vastgesteld(12000L, 2400L, 0L);
		this.zaak.setVariable("vaststellingDatum", "2027-10-29");

		verstuur(this.fondsPost::vaststellingVersturen);

		String tekst = PdfText.of(enigeBrief().pdf());
		assertThat(tekst).contains("Datum 29 oktober 2027")
			.contains("Wij stellen uw subsidie vast op € 12.000.")
			.contains("Dat is het hele bedrag dat wij u hebben gegeven")
			.contains("Wij betalen u nog € 2.400")
			.contains("U krijgt dit bedrag binnen 4 weken op uw rekening")
			.doesNotContain("Waarom wij dit besluiten")
			.doesNotContain("terugbetalen");
		assertBezwaarClause(tekst, "13 december 2027");
		assertThat(this.zaak.getVariables()).containsEntry("vaststellingDatum", "2027-10-29")
			.containsEntry("vaststellingVerzonden", "2027-11-01")
			.containsEntry("bezwaarDeadline", "2027-12-13");
	}

	@Test
	@DisplayName("a vaststelling without eindverantwoording says it did not come by its date and the subsidy was vastgesteld on what is known")
	void vaststellingZonderVerantwoording() {
		klok("2027-11-01");
		vastgesteld(0L, 0L, 9600L);
		this.zaak.setVariable("verantwoordingUitgebleven", true);
		this.zaak.setVariable("vaststellingMotivering", "Wij weten niet of het project is uitgevoerd.");

		verstuur(this.fondsPost::vaststellingVersturen);

		assertThat(PdfText.of(enigeBrief().pdf())).contains("Wij hebben uw eindverantwoording niet ontvangen")
			.contains("uiterlijk op 19 oktober 2027")
			.contains("Daarom hebben wij de subsidie vastgesteld met de informatie die wij wel hebben")
			.contains("Wij stellen uw subsidie vast op € 0.")
			.contains("U betaalt ons terug € 9.600");
	}

	@Test
	@DisplayName("a vaststelling equal to the voorschot pays nothing and claims nothing back")
	void vaststellingGelijkAanVoorschot() {
		klok("2027-11-01");
		vastgesteld(9600L, 0L, 0L);

		verstuur(this.fondsPost::vaststellingVersturen);

		assertThat(PdfText.of(enigeBrief().pdf())).contains("U krijgt niets meer, en u hoeft niets terug te betalen")
			.doesNotContain("Wij betalen u nog")
			.doesNotContain("U betaalt ons terug");
	}

	@Test
	@DisplayName("no letter shows what is not on its list: the description, the programme team's advice, the e-mail address")
	void alleenWatDeBriefMagTonen() {
		klok("2026-11-14");
		this.zaak.setVariable("besluit", "afwijzen");
		this.zaak.setVariable("motivering", "Te weinig bereik.");
		this.zaak.setVariable("adviesProgrammateam", "Intern: de penningmeester is niet te vertrouwen.");
		this.zaak.setVariable("gevraagdeAanvulling", "Een begroting.");
		this.zaak.setVariable("voortgangDeadline", "2026-07-20");
		this.zaak.setVariable("nieuweTermijn", "2026-05-12");

		verstuur(this.fondsPost::besluitVersturen);
		verstuur(this.fondsPost::ontvangstBevestigen);
		verstuur(this.fondsPost::besluitTeLaat);

		assertThat(this.verzonden).hasSize(3)
			.allSatisfy((brief) -> assertThat(PdfText.of(brief.pdf())).doesNotContain("penningmeester")
				.doesNotContain("Twee keer per week samen koken")
				.doesNotContain("info@buurtkeuken.example"));
	}

	@Test
	@DisplayName("an initiatiefnemer whose name looks like markup is printed as text")
	void naamAlsTekst() {
		klok("2026-03-02");
		this.zaak.setVariable("initiatiefnemer", "Buurt & <Keuken>");

		verstuur(this.fondsPost::ontvangstBevestigen);

		assertThat(PdfText.of(enigeBrief().pdf())).contains("Beste Buurt & <Keuken>,");
	}

	private void toegekend(long bedrag) {
		this.zaak.setVariable("besluit", "toekennen");
		this.zaak.setVariable("toegekendBedrag", bedrag);
		this.zaak.setVariable("criteriaScore", 5);
		this.zaak.setVariable("voldoetAanCriteria", true);
		criteria(true, true, true, true, true, false);
		this.zaak.setVariable("adviesCommissie", "positief");
		this.zaak.setVariable("adviesToelichting",
				"Een keuken in de wijk waar iedereen mag aanschuiven: precies wat ontbrak.");
	}

	private void vastgesteld(long bedrag, long nabetaling, long terugvordering) {
		this.zaak.setVariable("besluit", "toekennen");
		this.zaak.setVariable("beschikkingDatum", "2026-04-17");
		this.zaak.setVariable("toegekendBedrag", 12000L);
		this.zaak.setVariable("voorschotBedrag", 9600L);
		this.zaak.setVariable("projectEinde", "2027-04-19");
		this.zaak.setVariable("eindverantwoordingDeadline", "2027-10-19");
		this.zaak.setVariable("vastgesteldBedrag", bedrag);
		this.zaak.setVariable("nabetaling", nabetaling);
		this.zaak.setVariable("terugvordering", terugvordering);
		this.zaak.setVariable("bezwaarDeadline", "2026-06-01");
	}

	private void criteria(boolean... waarden) {
		for (int i = 0; i < waarden.length; i++) {
			this.zaak.setVariable(AanvraagVariabelen.CRITERIA[i], waarden[i]);
		}
	}

	/** A case of the transformatiefonds, as the steps before the letters leave it. */
	private static VariableScope nieuweZaak() {
		VariableScope zaak = new Zaakvariabelen();
		zaak.setVariable("zaaknummer", ZAAKNUMMER);
		zaak.setVariable("initiatiefnemer", "Stichting Buurtkeuken Noord");
		zaak.setVariable("typeInitiatiefnemer", "bewoners");
		zaak.setVariable("email", "info@buurtkeuken.example");
		zaak.setVariable("projectTitel", "Buurtkeuken tegen eenzaamheid");
		zaak.setVariable("projectOmschrijving", "Twee keer per week samen koken en eten in het buurthuis.");
		zaak.setVariable("gevraagdBedrag", 15000L);
		zaak.setVariable("looptijdMaanden", 12L);
		zaak.setVariable("aanvraagDatum", "2026-03-02");
		zaak.setVariable("fonds", "transformatiefonds");
		zaak.setVariable("beslisDeadline", "2026-04-28");
		return zaak;
	}

	/**
	 * Runs a step on the case and keeps what it sent: at most one letter, its key in the
	 * table of sent messages and its mail at the mail server.
	 */
	private void verstuur(Consumer<VariableScope> stap) {
		List<String> voor = sleutels();
		int mails = greenMail.getReceivedMessages().length;

		stap.accept(this.zaak);

		List<String> nieuw = new ArrayList<>(sleutels());
		nieuw.removeAll(voor);
		MimeMessage[] ontvangen = greenMail.getReceivedMessages();
		assertThat(nieuw).as("keys of letters that left").hasSizeLessThanOrEqualTo(1);
		assertThat(ontvangen).as("a mail for each letter that left").hasSize(mails + nieuw.size());
		if (!nieuw.isEmpty()) {
			this.verzonden.add(Verzonden.van(nieuw.get(0),
					this.jdbc.queryForObject("select ontvanger from verzonden_bericht where sleutel = ?", String.class,
							nieuw.get(0)),
					ontvangen[mails]));
		}
	}

	/** The keys of this case's letters that left, whichever test sent them. */
	private List<String> sleutels() {
		return this.jdbc.queryForList("select sleutel from verzonden_bericht where sleutel like ? order by sleutel",
				String.class, ZAAKNUMMER + "/%");
	}

	/**
	 * Each test starts with none of this case's letters sent: the keys would otherwise
	 * carry over from the test before.
	 */
	private void vergeetVerzonden() {
		this.jdbc.update("delete from verzonden_bericht where sleutel like ?", ZAAKNUMMER + "/%");
	}

	private Verzonden enigeBrief() {
		assertThat(this.verzonden).hasSize(1);
		return this.verzonden.get(0);
	}

	private byte[] document(String naam) {
		FileValue document = this.zaak.getVariableTyped(naam);
		assertThat(document).as(naam).isNotNull();
		assertThat(document.getMimeType()).isEqualTo("application/pdf");
		try (InputStream in = document.getValue()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void assertBezwaarClause(String tekst, String deadline) {
		assertThat(tekst).contains("Bent u het niet eens met dit besluit?")
			.contains("Dan kunt u bezwaar maken. Bezwaar maken betekent")
			.contains("Uw bezwaar moet uiterlijk op " + deadline + " bij ons binnen zijn")
			.contains("het zaaknummer: TF-2026-900007")
			.contains("Rechtbank Voorbeeld");
	}

	private static void klok(String dag) {
		ClockUtil
			.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.parse(dag).atTime(10, 0), AMSTERDAM).toInstant()));
	}

	/**
	 * A letter as it left: its key and recipient in the table of sent messages, its mail
	 * at the mail server.
	 */
	private record Verzonden(String sleutel, String ontvanger, String onderwerp, String mailtekst, String bestandsnaam,
			byte[] pdf) {

		static Verzonden van(String sleutel, String ontvanger, MimeMessage mail) {
			try {
				assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
					.containsExactly(ontvanger);
				String mailtekst = null;
				Part bijlage = null;
				for (Part deel : delen(mail)) {
					if (Part.ATTACHMENT.equalsIgnoreCase(deel.getDisposition())) {
						bijlage = deel;
					}
					else if (deel.isMimeType("text/plain")) {
						mailtekst = ((String) deel.getContent()).replace("\r\n", "\n");
					}
				}
				assertThat(bijlage).as("the letter as PDF attached").isNotNull();
				assertThat(bijlage.getContentType()).startsWith("application/pdf");
				return new Verzonden(sleutel, ontvanger, mail.getSubject(), mailtekst, bijlage.getFileName(),
						bijlage.getInputStream().readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * The text and the attachment lie in nested parts (multipart/mixed and related).
		 */
		private static List<Part> delen(Part part) throws MessagingException, IOException {
			if (!(part.getContent() instanceof Multipart multipart)) {
				return List.of(part);
			}
			List<Part> delen = new ArrayList<>();
			for (int i = 0; i < multipart.getCount(); i++) {
				delen.addAll(delen(multipart.getBodyPart(i)));
			}
			return delen;
		}

	}

	/** A case's variables without a running process, as a step reads and writes them. */
	private static final class Zaakvariabelen extends AbstractVariableScope {

		private final VariableStore<CoreVariableInstance> variabelen = new VariableStore<>();

		@Override
		protected VariableStore<CoreVariableInstance> getVariableStore() {
			return this.variabelen;
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		protected VariableInstanceFactory<CoreVariableInstance> getVariableInstanceFactory() {
			return (VariableInstanceFactory) SimpleVariableInstanceFactory.INSTANCE;
		}

		@Override
		protected List<VariableInstanceLifecycleListener<CoreVariableInstance>> getVariableInstanceLifecycleListeners() {
			return List.of();
		}

		@Override
		public AbstractVariableScope getParentVariableScope() {
			return null;
		}

	}

}
