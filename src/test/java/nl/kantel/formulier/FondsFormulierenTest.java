package nl.kantel.formulier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * The fund's forms as the server reads them: what each lets a person enter, and the
 * checks the server repeats.
 */
class FondsFormulierenTest {

	private static final FormDefinition AANVRAAG = form("transformatiefonds-aanvraag");

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			value = { "transformatiefonds-aanvraag | initiatiefnemer typeInitiatiefnemer email projectTitel "
					+ "projectOmschrijving gevraagdBedrag looptijdMaanden aansluitingVraagBewoners bevordertParticipatie "
					+ "bespaartKosten draagtBijAanPreventie ontschotting deregulering aanvraagDatum fonds",
					"fonds-ontvankelijkheid | volledig gevraagdeAanvulling",
					"fonds-advies-commissie | adviesCommissie adviesToelichting",
					"fonds-programmateam-toets | adviesProgrammateam",
					"fonds-besluit-nemen | besluit toegekendBedrag motivering",
					"fonds-besluit-accorderen | akkoord accorderingToelichting",
					"fonds-subsidie-vaststellen | vastgesteldBedrag vaststellingMotivering",
					"fonds-termijnoverschrijding | nieuweTermijn", "fonds-dwangsom-vaststellen | toelichting" })
	@DisplayName("each form has its file's id, and a person can change only what the task asks; the rest is read-only")
	void editableFields(String id, String editable) {
		FormDefinition form = form(id);

		assertThat(form.id()).isEqualTo(id);
		assertThat(form.fields()).filteredOn((field) -> !field.readonly())
			.extracting(FormField::key)
			.containsExactlyInAnyOrder(editable.split(" "));
		assertThat(form.fields()).allSatisfy((field) -> assertThat(field.displayName()).isNotEqualTo(field.key()));
	}

	@Test
	@DisplayName("the start form requires who applies, how to reach them, the project, the amount and the term")
	void startFormRequired() {
		assertThat(AANVRAAG.fields()).filteredOn(FormField::required)
			.extracting(FormField::key)
			.containsExactlyInAnyOrder("initiatiefnemer", "typeInitiatiefnemer", "email", "projectTitel",
					"projectOmschrijving", "gevraagdBedrag", "looptijdMaanden");
		assertThat(validate(AANVRAAG, Map.of())).extracting(Violation::variable)
			.containsExactlyInAnyOrder("initiatiefnemer", "typeInitiatiefnemer", "email", "projectTitel",
					"projectOmschrijving", "gevraagdBedrag", "looptijdMaanden");
	}

	@Test
	@DisplayName("a complete application on paper passes the start form's checks")
	void startFormValid() {
		assertThat(validate(AANVRAAG, aanvraag())).isEmpty();
	}

	@Test
	@DisplayName("the amount is at least 1 euro with no upper bound in the form, the term 1 to 24 months")
	void startFormBounds() {
		FormField bedrag = field(AANVRAAG, "gevraagdBedrag");
		FormField looptijd = field(AANVRAAG, "looptijdMaanden");

		assertThat(bedrag.type()).isEqualTo("number");
		assertThat(bedrag.min()).isEqualTo(1.0);
		assertThat(bedrag.max()).isNull();
		assertThat(looptijd.min()).isEqualTo(1.0);
		assertThat(looptijd.max()).isEqualTo(24.0);
		assertThat(field(AANVRAAG, "projectTitel").maxLength()).isEqualTo(200);
		assertThat(field(AANVRAAG, "projectOmschrijving").maxLength()).isEqualTo(4000);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|',
			value = { "gevraagdBedrag | 0 | 'Gevraagd bedrag in hele euro' moet minstens 1 zijn.",
					"looptijdMaanden | 0 | 'Looptijd in maanden' moet minstens 1 zijn.",
					"looptijdMaanden | 25 | 'Looptijd in maanden' mag hoogstens 24 zijn." })
	@DisplayName("an amount or term outside its bounds is refused, naming the field")
	void startFormOutOfBounds(String key, long value, String message) {
		Map<String, Object> values = aanvraag();
		values.put(key, value);

		assertThat(validate(AANVRAAG, values)).containsExactly(new Violation(key, message));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "gevraagdBedrag, 1", "looptijdMaanden, 1", "looptijdMaanden, 24" })
	@DisplayName("the bounds themselves are allowed")
	void startFormOnBounds(String key, long value) {
		Map<String, Object> values = aanvraag();
		values.put(key, value);

		assertThat(validate(AANVRAAG, values)).isEmpty();
	}

	@Test
	@DisplayName("the e-mail address must look like one: 'geen-mail' is refused, 'a@b.nl' accepted")
	void email() {
		Map<String, Object> values = aanvraag();
		values.put("email", "geen-mail");
		assertThat(validate(AANVRAAG, values)).containsExactly(
				new Violation("email", "'E-mailadres van de initiatiefnemer' is geen geldig e-mailadres."));

		values.put("email", "a@b.nl");
		assertThat(validate(AANVRAAG, values)).isEmpty();
	}

	@Test
	@DisplayName("the kind of initiator and the fund take only the contract's values")
	void startFormSelects() {
		assertThat(field(AANVRAAG, "typeInitiatiefnemer").allowedValues()).containsExactly("bewoners",
				"sociale-partner", "zorgaanbieder", "ondernemer");
		assertThat(field(AANVRAAG, "fonds").allowedValues()).containsExactly("transformatiefonds", "participatiefonds");

		Map<String, Object> values = aanvraag();
		values.put("typeInitiatiefnemer", "gemeente");
		values.put("fonds", "doorbraakbudget");
		assertThat(validate(AANVRAAG, values)).extracting(Violation::variable)
			.containsExactlyInAnyOrder("typeInitiatiefnemer", "fonds");
	}

	@Test
	@DisplayName("the six criteria are yes-or-no boxes and the date of receipt a date")
	void startFormCriteriaAndDate() {
		assertThat(List.of("aansluitingVraagBewoners", "bevordertParticipatie", "bespaartKosten",
				"draagtBijAanPreventie", "ontschotting", "deregulering"))
			.allSatisfy((key) -> assertThat(field(AANVRAAG, key).type()).isEqualTo("checkbox"));

		Map<String, Object> values = aanvraag();
		values.put("ontschotting", "ja");
		values.put("aanvraagDatum", "2026-02-30");
		assertThat(validate(AANVRAAG, values)).extracting(Violation::variable)
			.containsExactlyInAnyOrder("ontschotting", "aanvraagDatum");
	}

	@Test
	@DisplayName("completeness is a required yes or no that the process gets as a Boolean; what is missing shows only on no")
	void ontvankelijkheid() {
		FormDefinition form = form("fonds-ontvankelijkheid");

		assertThat(field(form, "volledig").yesNo()).isTrue();
		assertThat(field(form, "volledig").required()).isTrue();
		assertThat(field(form, "gevraagdeAanvulling").conditional()).isTrue();
		assertThat(validate(form, Map.of("volledig", true))).isEmpty();
		assertThat(validate(form, Map.of("volledig", false, "gevraagdeAanvulling", "De begroting ontbreekt.")))
			.isEmpty();
		assertThat(validate(form, Map.of()))
			.containsExactly(new Violation("volledig", "'Is de aanvraag volledig?' is verplicht."));
		assertThat(validate(form, Map.of("volledig", "ja")))
			.containsExactly(new Violation("volledig", "'Is de aanvraag volledig?' moet ja of nee zijn."));
	}

	@Test
	@DisplayName("the committee's advice is positief or negatief, and both the advice and its reasons are required")
	void adviesCommissie() {
		FormDefinition form = form("fonds-advies-commissie");

		assertThat(field(form, "adviesCommissie").allowedValues()).containsExactly("positief", "negatief");
		assertThat(validate(form, Map.of())).extracting(Violation::variable)
			.containsExactly("adviesCommissie", "adviesToelichting");
		assertThat(validate(form, Map.of("adviesCommissie", "neutraal", "adviesToelichting", "Twijfel")))
			.extracting(Violation::variable)
			.containsExactly("adviesCommissie");
		assertThat(validate(form, Map.of("adviesCommissie", "negatief", "adviesToelichting", "Te duur."))).isEmpty();
	}

	@Test
	@DisplayName("the programme team's advice is required")
	void programmateam() {
		FormDefinition form = form("fonds-programmateam-toets");

		assertThat(validate(form, Map.of()))
			.containsExactly(new Violation("adviesProgrammateam", "'Advies van het programmateam' is verplicht."));
	}

	@Test
	@DisplayName("the decision is toekennen or afwijzen; the amount shows only when granting and is at least 1")
	void besluit() {
		FormDefinition form = form("fonds-besluit-nemen");

		assertThat(field(form, "besluit").allowedValues()).containsExactly("toekennen", "afwijzen");
		assertThat(field(form, "besluit").required()).isTrue();
		assertThat(field(form, "toegekendBedrag").conditional()).isTrue();
		assertThat(field(form, "toegekendBedrag").min()).isEqualTo(1.0);
		assertThat(field(form, "motivering").required()).isFalse();
		assertThat(field(form, "motivering").label()).contains("verplicht bij afwijzen")
			.contains("tegen het advies van de cliëntencommissie");
		assertThat(validate(form, Map.of("besluit", "afwijzen", "motivering", "Past niet bij het fonds."))).isEmpty();
		assertThat(validate(form, Map.of("besluit", "toekennen", "toegekendBedrag", 0L)))
			.containsExactly(new Violation("toegekendBedrag", "'Toegekend bedrag in hele euro' moet minstens 1 zijn."));
		assertThat(validate(form, Map.of("besluit", "uitstellen"))).extracting(Violation::variable)
			.containsExactly("besluit");
	}

	@Test
	@DisplayName("the wethouder's akkoord is a required yes or no; the explanation shows only on no")
	void accorderen() {
		FormDefinition form = form("fonds-besluit-accorderen");

		assertThat(field(form, "akkoord").yesNo()).isTrue();
		assertThat(field(form, "akkoord").required()).isTrue();
		assertThat(field(form, "accorderingToelichting").conditional()).isTrue();
		assertThat(field(form, "accorderingToelichting").required()).isTrue();
		assertThat(validate(form, Map.of("akkoord", false, "accorderingToelichting", "Bedrag te hoog."))).isEmpty();
		assertThat(validate(form, Map.of())).extracting(Violation::variable).containsExactly("akkoord");
	}

	@Test
	@DisplayName("the final amount is required and at least 0; its motivation says when it is required")
	void vaststellen() {
		FormDefinition form = form("fonds-subsidie-vaststellen");

		assertThat(field(form, "vastgesteldBedrag").required()).isTrue();
		assertThat(field(form, "vaststellingMotivering").required()).isTrue();
		assertThat(field(form, "vaststellingMotivering").conditional()).as("shown only when lower than granted")
			.isTrue();
		assertThat(validate(form, Map.of("vastgesteldBedrag", 0L))).isEmpty();
		assertThat(validate(form, Map.of("vastgesteldBedrag", -1L))).containsExactly(
				new Violation("vastgesteldBedrag", "'Vastgesteld bedrag in hele euro' moet minstens 0 zijn."));
		assertThat(validate(form, Map.of())).extracting(Violation::variable).containsExactly("vastgesteldBedrag");
	}

	@Test
	@DisplayName("a new term is an optional date")
	void termijnoverschrijding() {
		FormDefinition form = form("fonds-termijnoverschrijding");

		assertThat(validate(form, Map.of())).isEmpty();
		assertThat(validate(form, Map.of("nieuweTermijn", "2026-03-31"))).isEmpty();
		assertThat(validate(form, Map.of("nieuweTermijn", "31-03-2026"))).extracting(Violation::variable)
			.containsExactly("nieuweTermijn");
	}

	@Test
	@DisplayName("the read-only context of the task forms is never required of the person completing the task")
	void readonlyContextNotRequired() {
		Set<String> answersOnly = Set.of("fonds-dwangsom-vaststellen", "fonds-termijnoverschrijding");

		assertThat(answersOnly).allSatisfy((id) -> assertThat(validate(form(id), Map.of())).isEmpty());
		assertThat(form("fonds-besluit-nemen").fields()).filteredOn(FormField::readonly)
			.extracting(FormField::key)
			.contains("gevraagdBedrag", "criteriaScore", "adviesCommissie", "adviesToelichting", "adviesProgrammateam");
		assertThat(field(form("fonds-besluit-accorderen"), "motivering").conditional())
			.as("a grant may have no motivering; shown empty, Tasklist would write an empty text")
			.isTrue();
		assertThat(form("fonds-subsidie-vaststellen").fields()).filteredOn(FormField::readonly)
			.extracting(FormField::key)
			.contains("toegekendBedrag", "voorschotBedrag", "voortgangsrapportages", "verantwoording");
	}

	private static Map<String, Object> aanvraag() {
		Map<String, Object> values = new HashMap<>();
		values.put("initiatiefnemer", "Buurtvereniging De Kooi");
		values.put("typeInitiatiefnemer", "bewoners");
		values.put("email", "bestuur@dekooi.example.nl");
		values.put("projectTitel", "Buurtkeuken tegen eenzaamheid");
		values.put("projectOmschrijving", "Twee keer per week samen koken en eten in het buurthuis.");
		values.put("gevraagdBedrag", 12500L);
		values.put("looptijdMaanden", 12L);
		values.put("aansluitingVraagBewoners", true);
		values.put("bevordertParticipatie", true);
		values.put("bespaartKosten", false);
		values.put("draagtBijAanPreventie", true);
		values.put("ontschotting", false);
		values.put("deregulering", false);
		values.put("aanvraagDatum", "2026-03-02");
		values.put("fonds", "transformatiefonds");
		return values;
	}

	private static List<Violation> validate(FormDefinition form, Map<String, Object> values) {
		return FormValidator.validate(form, values::get);
	}

	private static FormField field(FormDefinition form, String key) {
		Map<String, FormField> fields = form.fields()
			.stream()
			.collect(Collectors.toMap(FormField::key, (field) -> field));
		assertThat(fields).containsKey(key);
		return fields.get(key);
	}

	private static FormDefinition form(String id) {
		try {
			return FormDefinition.parse(Files.readString(Path.of("forms", id + ".form")));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Formulier " + id + " ontbreekt", ex);
		}
	}

}
