package nl.kantel.formulier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.kantel.zaak.InvalidVariableException.Violation;

class FormValidatorTest {

	private static final FormDefinition FORM = FormDefinition
		.parse("""
				{"id": "melding", "components": [
				  {"type": "text", "text": "Vul de melding in"},
				  {"key": "bsn", "type": "textfield", "label": "BSN", "validate": {"required": true, "pattern": "^[0-9]{9}$"}},
				  {"key": "email", "type": "textfield", "label": "E-mail", "validate": {"validationType": "email"}},
				  {"key": "hulpvraag", "type": "textarea", "label": "Hulpvraag", "validate": {"minLength": 5, "maxLength": 20}},
				  {"key": "aantal", "type": "number", "label": "Aantal", "validate": {"min": 1, "max": 10}},
				  {"key": "kanaal", "type": "select", "label": "Kanaal", "values": [{"label": "Balie", "value": "balie"}, {"label": "Telefoon", "value": "telefoon"}]},
				  {"key": "meldingDatum", "type": "datetime", "subtype": "date", "dateLabel": "Datum melding"},
				  {"type": "group", "label": "Extra", "components": [
				    {"key": "spoed", "type": "checkbox", "label": "Spoed"},
				    {"key": "toelichting", "type": "textfield", "label": "Toelichting", "validate": {"required": true}, "conditional": {"hide": "=not(spoed)"}}
				  ]},
				  {"key": "zaaknummer", "type": "textfield", "label": "Zaaknummer", "readonly": true, "validate": {"required": true}}
				]}
				""");

	@Test
	@DisplayName("the form's fields are read, also inside a group, and display-only components are skipped")
	void fieldsRead() {
		assertThat(FORM.id()).isEqualTo("melding");
		assertThat(FORM.fields()).extracting(FormField::key)
			.containsExactly("bsn", "email", "hulpvraag", "aantal", "kanaal", "meldingDatum", "spoed", "toelichting",
					"zaaknummer");
		assertThat(FORM.fields().get(5).label()).isEqualTo("Datum melding");
	}

	@Test
	@DisplayName("valid values pass")
	void validValuesPass() {
		assertThat(validate(valid())).isEmpty();
	}

	@Test
	@DisplayName("a missing required field is reported with its label; an empty string counts as missing")
	void requiredField() {
		Map<String, Object> values = valid();
		values.put("bsn", " ");

		assertThat(validate(values)).containsExactly(new Violation("bsn", "'BSN' is verplicht."));
	}

	@Test
	@DisplayName("a field the form may hide, or a read-only one, is not required on the server")
	void conditionalAndReadonlyNotRequired() {
		Map<String, Object> values = valid();
		values.remove("toelichting");
		values.remove("zaaknummer");

		assertThat(validate(values)).isEmpty();
	}

	@Test
	@DisplayName("pattern, e-mail, length, range, options, date form and type are each checked")
	void eachCheck() {
		Map<String, Object> values = new HashMap<>();
		values.put("bsn", "12345678");
		values.put("email", "geen-adres");
		values.put("hulpvraag", "kort");
		values.put("aantal", 0L);
		values.put("kanaal", "post");
		values.put("meldingDatum", "2026-02-30");
		values.put("spoed", "ja");

		assertThat(validate(values)).extracting(Violation::message)
			.containsExactly("'BSN' heeft niet de juiste vorm.", "'E-mail' is geen geldig e-mailadres.",
					"'Hulpvraag' moet minstens 5 tekens hebben.", "'Aantal' moet minstens 1 zijn.",
					"'Kanaal' moet een van deze waarden zijn: balie, telefoon.",
					"'Datum melding' moet een datum zijn in de vorm jjjj-mm-dd.", "'Spoed' moet ja of nee zijn.");
	}

	@Test
	@DisplayName("a number sent as text and text sent as a number are reported")
	void wrongTypes() {
		Map<String, Object> values = valid();
		values.put("aantal", "drie");
		values.put("hulpvraag", 12345L);

		assertThat(validate(values)).extracting(Violation::variable).containsExactly("hulpvraag", "aantal");
	}

	@Test
	@DisplayName("a pattern matches like the browser's RegExp.test: anywhere unless anchored")
	void patternLikeBrowser() {
		FormDefinition form = FormDefinition
			.parse("""
					{"id": "p", "components": [{"key": "code", "type": "textfield", "label": "Code", "validate": {"pattern": "[0-9]{2}"}}]}
					""");

		assertThat(FormValidator.validate(form, Map.of("code", "ab12cd")::get)).isEmpty();
		assertThat(FormValidator.validate(form, Map.of("code", "abc")::get)).hasSize(1);
	}

	@Test
	@DisplayName("a radio whose options are true and false takes a Boolean, not the text of one, and can be required")
	void yesNoRadio() {
		FormDefinition form = FormDefinition
			.parse("""
					{"id": "j", "components": [{"key": "volledig", "type": "radio", "label": "Volledig", "validate": {"required": true},
					  "values": [{"label": "Ja", "value": true}, {"label": "Nee", "value": false}]}]}
					""");

		assertThat(FormValidator.validate(form, Map.of("volledig", true)::get)).isEmpty();
		assertThat(FormValidator.validate(form, Map.of("volledig", false)::get)).isEmpty();
		assertThat(FormValidator.validate(form, Map.of("volledig", "true")::get)).extracting(Violation::message)
			.containsExactly("'Volledig' moet ja of nee zijn.");
		assertThat(FormValidator.validate(form, Map.<String, Object>of()::get)).extracting(Violation::message)
			.containsExactly("'Volledig' is verplicht.");
	}

	private static List<Violation> validate(Map<String, Object> values) {
		return FormValidator.validate(FORM, values::get);
	}

	private static Map<String, Object> valid() {
		Map<String, Object> values = new HashMap<>();
		values.put("bsn", "123456782");
		values.put("email", "j.devries@example.nl");
		values.put("hulpvraag", "Hulp in huis");
		values.put("aantal", 3L);
		values.put("kanaal", "balie");
		values.put("meldingDatum", "2026-11-14");
		values.put("spoed", true);
		values.put("toelichting", "Valt vaak");
		values.put("zaaknummer", "WMO-2026-000001");
		return values;
	}

}
