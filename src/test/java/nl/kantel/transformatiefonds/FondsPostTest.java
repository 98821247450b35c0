package nl.kantel.transformatiefonds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.kantel.brief.PdfText;
import nl.kantel.brief.VoorbeeldBrieven;
import nl.kantel.fonds.FondsInstellingen;
import nl.kantel.fonds.Fondsen;
import nl.kantel.post.Brief;
import nl.kantel.post.Brievenpost;
import nl.kantel.post.Geadresseerde;
import nl.kantel.termijn.BusinessCalendar;
import nl.kantel.termijn.TermijnExpressions;

/**
 * Each letter of the fund, rendered from a case's variables with Gemeente Voorbeeld's
 * letterhead and sent through a stand-in for the post: what it says, where it goes, under
 * which key, and what it records on the case. Every expected date is worked out by hand.
 */
class FondsPostTest {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final String ZAAKNUMMER = "TF-2026-000007";

	private final Map<String, Object> variabelen = new HashMap<>();

	private final List<Brief> verzonden = new ArrayList<>();

	/** The day the post says a letter left; null: the day it is sent. */
	private LocalDate eerderVerzondenOp;

	private final Brievenpost post = mock(Brievenpost.class);

	private final Fondsen fondsen = mock(Fondsen.class);

	private final TermijnExpressions termijn = new TermijnExpressions(new BusinessCalendar());

	private final FondsPost fondsPost = new FondsPost(
			new FondsBrieven(VoorbeeldBrieven.metVoorbeeldgemeente(), this.fondsen), this.post, this.termijn);

	private final DelegateExecution zaak = mock(DelegateExecution.class);

	@BeforeEach
	void zaak() {
		when(this.fondsen.instellingen("transformatiefonds")).thenReturn(new FondsInstellingen("Transformatiefonds",
				"Subsidieregeling Transformatiefonds sociaal domein Gemeente Voorbeeld 2025", 50000, 5000, 80, "P3M",
				"P2W", false, null, null));
		when(this.fondsen.instellingen("participatiefonds")).thenReturn(new FondsInstellingen("Participatiefonds",
				"Subsidieregeling Participatiefonds cliëntinitiatieven Gemeente Voorbeeld 2025", 50000, 5000, 80, "P1M",
				"P2W", true, null, null));
		when(this.post.verzenden(any())).thenAnswer((invocation) -> {
			this.verzonden.add(invocation.getArgument(0));
			return (this.eerderVerzondenOp != null) ? this.eerderVerzondenOp : LocalDate.parse(this.termijn.vandaag());
		});
		when(this.zaak.getVariable(anyString()))
			.thenAnswer((invocation) -> this.variabelen.get(invocation.getArgument(0, String.class)));
		doAnswer((invocation) -> this.variabelen.put(invocation.getArgument(0), invocation.getArgument(1)))
			.when(this.zaak)
			.setVariable(anyString(), any());

		this.variabelen.put("zaaknummer", ZAAKNUMMER);
		this.variabelen.put("initiatiefnemer", "Stichting Buurtkeuken Noord");
		this.variabelen.put("typeInitiatiefnemer", "bewoners");
		this.variabelen.put("email", "info@buurtkeuken.example");
		this.variabelen.put("projectTitel", "Buurtkeuken tegen eenzaamheid");
		this.variabelen.put("projectOmschrijving", "Twee keer per week samen koken en eten in het buurthuis.");
		this.variabelen.put("gevraagdBedrag", 15000L);
		this.variabelen.put("looptijdMaanden", 12L);
		this.variabelen.put("aanvraagDatum", "2026-03-02");
		this.variabelen.put("fonds", "transformatiefonds");
		this.variabelen.put("beslisDeadline", "2026-04-28");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("the receipt goes by e-mail to the initiatiefnemer, names the project, the decision date and the steps to come, without a bezwaar clause")
	void ontvangstBevestigen() {
		klok("2026-03-02");

		this.fondsPost.ontvangstBevestigen(this.zaak);

		Brief brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-000007/fonds-ontvangstbevestiging/1");
		assertThat(brief.aan())
			.isEqualTo(new Geadresseerde("Stichting Buurtkeuken Noord", "info@buurtkeuken.example", null, null));
		assertThat(brief.onderwerp()).isEqualTo("Wij hebben uw aanvraag ontvangen (TF-2026-000007)");
		assertThat(brief.mailtekst()).startsWith("Beste Stichting Buurtkeuken Noord,")
			.contains("uw zaaknummer: TF-2026-000007");
		assertThat(brief.bestandsnaam()).isEqualTo("fonds-ontvangstbevestiging-TF-2026-000007.pdf");
		assertThat(PdfText.of(brief.pdf())).contains("Beste Stichting Buurtkeuken Noord,")
			.contains("Zaaknummer TF-2026-000007")
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
		assertThat(this.variabelen).containsEntry("fondsOntvangstbevestigingAantal", 1L);
	}

	@Test
	@DisplayName("in a fund whose committee decides, the receipt says the committee decides and signs with that fund's team")
	void ontvangstCommissieBeslist() {
		klok("2026-03-02");
		this.variabelen.put("fonds", "participatiefonds");

		this.fondsPost.ontvangstBevestigen(this.zaak);

		assertThat(PdfText.of(enigeBrief().pdf())).contains("bij het Participatiefonds")
			.contains("Deze commissie beslist over uw aanvraag")
			.contains("Team Participatiefonds")
			.doesNotContain("programmamanager");
	}

	@Test
	@DisplayName("the aanvulling names what is missing and the hersteltermijn: 13 April + 2 weeks ends on Koningsdag 2026, so Tuesday 28 April")
	void aanvullingVragen() {
		klok("2026-04-13");
		this.variabelen.put("gevraagdeAanvulling", "Een begroting: wat kost het project, en wie betaalt wat?");

		this.fondsPost.aanvullingVragen(this.zaak);

		Brief brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-000007/fonds-aanvulling/1");
		assertThat(PdfText.of(brief.pdf())).contains("Wij hebben meer informatie nodig")
			.contains("Een begroting: wat kost het project, en wie betaalt wat?")
			.contains("Stuur de informatie uiterlijk op 28 april 2026")
			.contains("Zolang wij op uw informatie wachten, staat de termijn voor ons besluit stil")
			.contains("Dat heet: buiten behandeling laten")
			.contains("artikel 4:5");
		assertThat(this.variabelen).containsEntry("aanvullingGevraagdOp", "2026-04-13")
			.containsEntry("hersteltermijnDeadline", "2026-04-28");
	}

	@Test
	@DisplayName("a second aanvulling is a letter of its own (key /2), with a new hersteltermijn")
	void tweedeAanvulling() {
		klok("2026-03-09");
		this.variabelen.put("gevraagdeAanvulling", "Een begroting.");
		this.fondsPost.aanvullingVragen(this.zaak);
		klok("2026-03-25");
		this.variabelen.put("gevraagdeAanvulling", "De handtekening van de penningmeester.");

		this.fondsPost.aanvullingVragen(this.zaak);

		assertThat(this.verzonden).extracting(Brief::sleutel)
			.containsExactly("TF-2026-000007/fonds-aanvulling/1", "TF-2026-000007/fonds-aanvulling/2");
		assertThat(PdfText.of(this.verzonden.get(1).pdf())).contains("De handtekening van de penningmeester.")
			.contains("uiterlijk op 8 april 2026");
		assertThat(this.variabelen).containsEntry("aanvullingGevraagdOp", "2026-03-25")
			.containsEntry("hersteltermijnDeadline", "2026-04-08")
			.containsEntry("fondsAanvullingAantal", 2L);
	}

	@Test
	@DisplayName("a retried job whose aanvulling already left on 13 April counts from that day and keeps the letter that was sent")
	void aanvullingEerderVerzonden() {
		klok("2026-04-15");
		this.eerderVerzondenOp = LocalDate.of(2026, 4, 13);
		this.variabelen.put("gevraagdeAanvulling", "Een begroting.");

		this.fondsPost.aanvullingVragen(this.zaak);

		assertThat(PdfText.of(enigeBrief().pdf())).as("made on the 15th, for the post to find it was sent")
			.contains("uiterlijk op 29 april 2026");
		assertThat(PdfText.of(document("fondsAanvullingDocument"))).contains("uiterlijk op 28 april 2026");
		assertThat(this.variabelen).containsEntry("aanvullingGevraagdOp", "2026-04-13")
			.containsEntry("hersteltermijnDeadline", "2026-04-28");
	}

	@Test
	@DisplayName("buiten behandeling is a beschikking dated the day it leaves (Thursday 2 April 2026), bezwaar until Atw(14 May, Hemelvaartsdag) = 15 May")
	void buitenBehandeling() {
		klok("2026-04-02");
		this.variabelen.put("gevraagdeAanvulling", "Een begroting.");
		this.variabelen.put("aanvullingGevraagdOp", "2026-03-09");
		this.variabelen.put("hersteltermijnDeadline", "2026-03-23");

		this.fondsPost.buitenBehandelingVersturen(this.zaak);

		Brief brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-000007/fonds-buiten-behandeling/1");
		assertThat(brief.onderwerp()).isEqualTo("Wij behandelen uw aanvraag niet (TF-2026-000007)");
		String tekst = PdfText.of(brief.pdf());
		assertThat(tekst).contains("Datum 2 april 2026")
			.contains("Wij nemen uw aanvraag niet in behandeling")
			.contains("Dit besluit heet een beschikking")
			.contains("Op 9 maart 2026 hebben wij u om meer informatie gevraagd")
			.contains("uiterlijk op 23 maart 2026")
			.contains("Een begroting.")
			.contains("Artikel 4:5 van de Algemene wet bestuursrecht")
			.contains("Subsidieregeling Transformatiefonds sociaal domein Gemeente Voorbeeld 2025")
			.contains("U kunt een nieuwe aanvraag doen");
		assertBezwaarClause(tekst, "15 mei 2026");
		assertThat(tekst).contains("namens het college van burgemeester en wethouders van Gemeente Voorbeeld");
		assertThat(this.variabelen).containsEntry("beschikkingDatum", "2026-04-02")
			.containsEntry("beschikkingVerzonden", "2026-04-02")
			.containsEntry("bezwaarDeadline", "2026-05-15");
	}

	@Test
	@DisplayName("a verleningsbeschikking: the amount of the asked, the regeling, the voorschot and the rest, reports, the eindverantwoording and what it holds; bezwaar until 1 June 2026")
	void verleningsbeschikking() {
		klok("2026-04-20");
		toegekend(12000L);
		this.variabelen.put("beschikkingDatum", "2026-04-17");
		this.variabelen.put("voorschotBedrag", 9600L);
		this.variabelen.put("projectEinde", "2027-04-19");
		this.variabelen.put("voortgangDeadline", "2026-07-20");
		this.variabelen.put("eindverantwoordingDeadline", "2027-10-19");
		this.variabelen.put("motivering", "Wij betalen de huur van de keuken niet: die betaalt de woningcorporatie.");

		this.fondsPost.besluitVersturen(this.zaak);

		Brief brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-000007/fonds-besluit/1");
		assertThat(brief.onderwerp()).isEqualTo("Besluit over uw aanvraag voor subsidie (TF-2026-000007)");
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
		assertThat(this.variabelen).as("the decision's date stays; the bezwaar term runs from the sending")
			.containsEntry("beschikkingDatum", "2026-04-17")
			.containsEntry("beschikkingVerzonden", "2026-04-20")
			.containsEntry("bezwaarDeadline", "2026-06-01");
		assertThat(document("fondsBesluitDocument")).isEqualTo(brief.pdf());
	}

	@Test
	@DisplayName("a small grant vastgesteld at once: the whole amount, no reports or eindverantwoording, receipts kept 7 years")
	void directVastgesteld() {
		klok("2026-04-20");
		this.variabelen.put("gevraagdBedrag", 4000L);
		toegekend(4000L);
		this.variabelen.put("directVastgesteld", true);
		this.variabelen.put("projectEinde", "2026-10-19");

		this.fondsPost.besluitVersturen(this.zaak);

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
		this.variabelen.put("besluit", "afwijzen");
		this.variabelen.put("motivering", "Het project lijkt op de buurtmaaltijd die al in de wijk draait.");
		this.variabelen.put("criteriaScore", 3);
		this.variabelen.put("voldoetAanCriteria", false);
		criteria(true, true, false, true, false, false);
		this.variabelen.put("adviesCommissie", "negatief");
		this.variabelen.put("adviesToelichting", "Er is al een buurtmaaltijd. Sluit daarbij aan.");

		this.fondsPost.besluitVersturen(this.zaak);

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
		assertThat(this.variabelen).containsEntry("beschikkingDatum", "2026-11-14")
			.containsEntry("beschikkingVerzonden", "2026-11-14")
			.containsEntry("bezwaarDeadline", "2026-12-28");
	}

	@Test
	@DisplayName("a refusal because the fund has run out names what was left and Awb 4:25, and judges nothing of the project")
	void budgetOp() {
		klok("2026-04-20");
		this.variabelen.put("resultaat", "afgewezen-budget");
		this.variabelen.put("beschikbaarBijAanvraag", 4000L);
		this.variabelen.put("criteriaScore", 5);

		this.fondsPost.besluitVersturen(this.zaak);

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

		this.variabelen.put("beschikbaarBijAanvraag", 0L);
		this.variabelen.remove("fondsBesluitAantal");
		this.fondsPost.besluitVersturen(this.zaak);
		assertThat(PdfText.of(this.verzonden.get(1).pdf())).contains("was er geen geld meer over in het fonds");
	}

	@Test
	@DisplayName("without a besluit or a refusal by budget no letter is made or sent")
	void geenBesluit() {
		klok("2026-04-20");

		assertThatIllegalStateException().isThrownBy(() -> this.fondsPost.besluitVersturen(this.zaak))
			.withMessageContaining("TF-2026-000007");
		assertThat(this.verzonden).isEmpty();
		assertThat(this.variabelen).doesNotContainKeys("beschikkingVerzonden", "bezwaarDeadline");
	}

	@Test
	@DisplayName("the late-decision letter names the missed and the new term, the ingebrekestelling and the dwangsom, without a bezwaar clause")
	void besluitTeLaat() {
		klok("2026-04-29");
		this.variabelen.put("nieuweTermijn", "2026-05-12");

		this.fondsPost.besluitTeLaat(this.zaak);

		Brief brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-000007/fonds-besluit-te-laat/1");
		assertThat(PdfText.of(brief.pdf())).contains("Ons besluit op uw aanvraag is te laat")
			.contains("Wij moesten uiterlijk op 28 april 2026 een besluit nemen")
			.contains("U krijgt ons besluit uiterlijk op 12 mei 2026 (artikel 4:14")
			.contains("Dat heet een ingebrekestelling")
			.contains("Dat heet een dwangsom (artikel 4:17")
			.contains("ten hoogste € 1.442")
			.doesNotContain("Dan kunt u bezwaar maken");
		assertThat(this.variabelen).doesNotContainKey("bezwaarDeadline");
	}

	@Test
	@DisplayName("the dwangsom beschikking has its own bezwaar term (15 June + 6 weeks = 27 July 2026) and leaves the case's bezwaarDeadline as it was")
	void dwangsom() {
		klok("2026-06-15");
		this.variabelen.put("ingebrekestellingDatum", "2026-05-04");
		this.variabelen.put("dwangsomVanaf", "2026-05-19");
		this.variabelen.put("beschikkingDatum", "2026-05-28");
		this.variabelen.put("dwangsomDagen", 10L);
		this.variabelen.put("dwangsomBedrag", 230L);
		this.variabelen.put("bezwaarDeadline", "2026-07-10");

		this.fondsPost.dwangsomVersturen(this.zaak);

		Brief brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-000007/fonds-dwangsom/1");
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
		assertThat(this.variabelen).containsEntry("bezwaarDeadline", "2026-07-10")
			.doesNotContainKey("beschikkingVerzonden")
			.containsKey("fondsDwangsomDocument");
	}

	@Test
	@DisplayName("a reminder for a missing progress report asks for it and says what it holds, without a bezwaar clause; each reminder is a letter of its own")
	void voortgangHerinneren() {
		klok("2026-07-21");
		this.variabelen.put("beschikkingDatum", "2026-04-17");
		this.variabelen.put("voortgangDeadline", "2026-07-20");

		this.fondsPost.voortgangHerinneren(this.zaak);
		klok("2026-10-21");
		this.variabelen.put("voortgangDeadline", "2026-10-20");
		this.fondsPost.voortgangHerinneren(this.zaak);

		assertThat(this.verzonden).extracting(Brief::sleutel)
			.containsExactly("TF-2026-000007/fonds-voortgang-herinnering/1",
					"TF-2026-000007/fonds-voortgang-herinnering/2");
		assertThat(this.verzonden.get(0).onderwerp())
			.isEqualTo("Herinnering: wij wachten op uw voortgangsverslag (TF-2026-000007)");
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
		this.variabelen.put("vaststellingMotivering",
				"De tweede kookavond per week is niet doorgegaan. Daarvoor was € 4.000 bedoeld.");

		this.fondsPost.vaststellingVersturen(this.zaak);

		Brief brief = enigeBrief();
		assertThat(brief.sleutel()).isEqualTo("TF-2026-000007/fonds-vaststelling/1");
		assertThat(brief.onderwerp()).isEqualTo("Vaststelling van uw subsidie (TF-2026-000007)");
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
		assertThat(this.variabelen).containsEntry("vaststellingDatum", "2027-11-13")
			.containsEntry("vaststellingVerzonden", "2027-11-13")
			.containsEntry("bezwaarDeadline", "2027-12-27");
		assertThat(document("fondsVaststellingDocument")).isEqualTo(brief.pdf());
	}

	@Test
	@DisplayName("a vaststelling of the whole grant pays the rest within 4 weeks and gives no reasons for a lower amount")
	void vaststellingGelijkMetNabetaling() {
		klok("2027-11-01");
		vastgesteld(12000L, 2400L, 0L);
		this.variabelen.put("vaststellingDatum", "2027-10-29");

		this.fondsPost.vaststellingVersturen(this.zaak);

		String tekst = PdfText.of(enigeBrief().pdf());
		assertThat(tekst).contains("Datum 29 oktober 2027")
			.contains("Wij stellen uw subsidie vast op € 12.000.")
			.contains("Dat is het hele bedrag dat wij u hebben gegeven")
			.contains("Wij betalen u nog € 2.400")
			.contains("U krijgt dit bedrag binnen 4 weken op uw rekening")
			.doesNotContain("Waarom wij dit besluiten")
			.doesNotContain("terugbetalen");
		assertBezwaarClause(tekst, "13 december 2027");
		assertThat(this.variabelen).containsEntry("vaststellingDatum", "2027-10-29")
			.containsEntry("vaststellingVerzonden", "2027-11-01")
			.containsEntry("bezwaarDeadline", "2027-12-13");
	}

	@Test
	@DisplayName("a vaststelling without eindverantwoording says it did not come by its date and the subsidy was vastgesteld on what is known")
	void vaststellingZonderVerantwoording() {
		klok("2027-11-01");
		vastgesteld(0L, 0L, 9600L);
		this.variabelen.put("verantwoordingUitgebleven", true);
		this.variabelen.put("vaststellingMotivering", "Wij weten niet of het project is uitgevoerd.");

		this.fondsPost.vaststellingVersturen(this.zaak);

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

		this.fondsPost.vaststellingVersturen(this.zaak);

		assertThat(PdfText.of(enigeBrief().pdf())).contains("U krijgt niets meer, en u hoeft niets terug te betalen")
			.doesNotContain("Wij betalen u nog")
			.doesNotContain("U betaalt ons terug");
	}

	@Test
	@DisplayName("no letter shows what is not on its list: the description, the programme team's advice, the e-mail address")
	void alleenWatDeBriefMagTonen() {
		klok("2026-11-14");
		this.variabelen.put("besluit", "afwijzen");
		this.variabelen.put("motivering", "Te weinig bereik.");
		this.variabelen.put("adviesProgrammateam", "Intern: de penningmeester is niet te vertrouwen.");
		this.variabelen.put("gevraagdeAanvulling", "Een begroting.");
		this.variabelen.put("voortgangDeadline", "2026-07-20");
		this.variabelen.put("nieuweTermijn", "2026-05-12");

		this.fondsPost.besluitVersturen(this.zaak);
		this.fondsPost.ontvangstBevestigen(this.zaak);
		this.fondsPost.besluitTeLaat(this.zaak);

		assertThat(this.verzonden).hasSize(3)
			.allSatisfy((brief) -> assertThat(PdfText.of(brief.pdf())).doesNotContain("penningmeester")
				.doesNotContain("Twee keer per week samen koken")
				.doesNotContain("info@buurtkeuken.example"));
	}

	@Test
	@DisplayName("an initiatiefnemer whose name looks like markup is printed as text")
	void naamAlsTekst() {
		klok("2026-03-02");
		this.variabelen.put("initiatiefnemer", "Buurt & <Keuken>");

		this.fondsPost.ontvangstBevestigen(this.zaak);

		assertThat(PdfText.of(enigeBrief().pdf())).contains("Beste Buurt & <Keuken>,");
	}

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

	private void toegekend(long bedrag) {
		this.variabelen.put("besluit", "toekennen");
		this.variabelen.put("toegekendBedrag", bedrag);
		this.variabelen.put("criteriaScore", 5);
		this.variabelen.put("voldoetAanCriteria", true);
		criteria(true, true, true, true, true, false);
		this.variabelen.put("adviesCommissie", "positief");
		this.variabelen.put("adviesToelichting",
				"Een keuken in de wijk waar iedereen mag aanschuiven: precies wat ontbrak.");
	}

	private void vastgesteld(long bedrag, long nabetaling, long terugvordering) {
		this.variabelen.put("besluit", "toekennen");
		this.variabelen.put("beschikkingDatum", "2026-04-17");
		this.variabelen.put("toegekendBedrag", 12000L);
		this.variabelen.put("voorschotBedrag", 9600L);
		this.variabelen.put("projectEinde", "2027-04-19");
		this.variabelen.put("eindverantwoordingDeadline", "2027-10-19");
		this.variabelen.put("vastgesteldBedrag", bedrag);
		this.variabelen.put("nabetaling", nabetaling);
		this.variabelen.put("terugvordering", terugvordering);
		this.variabelen.put("bezwaarDeadline", "2026-06-01");
	}

	private void criteria(boolean... waarden) {
		for (int i = 0; i < waarden.length; i++) {
			this.variabelen.put(AanvraagVariabelen.CRITERIA[i], waarden[i]);
		}
	}

	private Brief enigeBrief() {
		assertThat(this.verzonden).hasSize(1);
		return this.verzonden.get(0);
	}

	private byte[] document(String naam) {
		assertThat(this.variabelen.get(naam)).isInstanceOf(FileValue.class);
		FileValue document = (FileValue) this.variabelen.get(naam);
		assertThat(document.getMimeType()).isEqualTo("application/pdf");
		try (var in = document.getValue()) {
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void assertBezwaarClause(String tekst, String deadline) {
		assertThat(tekst).contains("Bent u het niet eens met dit besluit?")
			.contains("Dan kunt u bezwaar maken. Bezwaar maken betekent")
			.contains("Uw bezwaar moet uiterlijk op " + deadline + " bij ons binnen zijn")
			.contains("het zaaknummer: TF-2026-000007")
			.contains("Rechtbank Voorbeeld");
	}

	private static void klok(String dag) {
		ClockUtil
			.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.parse(dag).atTime(10, 0), AMSTERDAM).toInstant()));
	}

}
