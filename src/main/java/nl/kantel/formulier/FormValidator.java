package nl.kantel.formulier;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * Makes on the server the checks a Camunda Form makes in the browser: required, pattern,
 * e-mail and phone, length, range, allowed values, and the type each kind of field
 * submits.
 */
public final class FormValidator {

	private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

	private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

	private FormValidator() {
	}

	public static List<Violation> validate(FormDefinition form, Function<String, Object> valueOf) {
		List<Violation> violations = new ArrayList<>();
		for (FormField field : form.fields()) {
			String problem = check(field, valueOf.apply(field.key()));
			if (problem != null) {
				violations.add(new Violation(field.key(), problem));
			}
		}
		return violations;
	}

	private static String check(FormField field, Object value) {
		String name = "'" + field.displayName() + "'";
		if (isEmpty(value)) {
			boolean required = field.required() && !field.conditional() && !field.readonly();
			return required ? name + " is verplicht." : null;
		}
		if (field.yesNo()) {
			return (value instanceof Boolean yes && field.allowedValues().contains(yes.toString())) ? null
					: name + " moet ja of nee zijn.";
		}
		return switch (field.type()) {
			case "checkbox" -> (value instanceof Boolean) ? null : name + " moet ja of nee zijn.";
			case "number" -> checkNumber(field, name, value);
			case "datetime" -> checkDate(name, value);
			case "checklist", "taglist" -> null;
			default -> checkText(field, name, value);
		};
	}

	private static String checkNumber(FormField field, String name, Object value) {
		if (!(value instanceof Number number)) {
			return name + " moet een getal zijn.";
		}
		if (field.min() != null && number.doubleValue() < field.min()) {
			return name + " moet minstens " + format(field.min()) + " zijn.";
		}
		if (field.max() != null && number.doubleValue() > field.max()) {
			return name + " mag hoogstens " + format(field.max()) + " zijn.";
		}
		return null;
	}

	private static String checkDate(String name, Object value) {
		String problem = name + " moet een datum zijn in de vorm jjjj-mm-dd.";
		if (!(value instanceof String text) || !ISO_DATE.matcher(text).matches()) {
			return problem;
		}
		try {
			LocalDate.parse(text);
			return null;
		}
		catch (DateTimeParseException ex) {
			return problem;
		}
	}

	private static String checkText(FormField field, String name, Object value) {
		if (!(value instanceof String text)) {
			return name + " moet tekst zijn.";
		}
		if (!field.allowedValues().isEmpty() && !field.allowedValues().contains(text)) {
			return name + " moet een van deze waarden zijn: " + String.join(", ", field.allowedValues()) + ".";
		}
		if (field.minLength() != null && text.length() < field.minLength()) {
			return name + " moet minstens " + field.minLength() + " tekens hebben.";
		}
		if (field.maxLength() != null && text.length() > field.maxLength()) {
			return name + " mag hoogstens " + field.maxLength() + " tekens hebben.";
		}
		if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
			return name + " is geen geldig e-mailadres.";
		}
		if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
			return name + " is geen geldig telefoonnummer.";
		}
		if (field.pattern() != null && !matchesLikeTheBrowser(field.pattern(), text)) {
			return name + " heeft niet de juiste vorm.";
		}
		return null;
	}

	/**
	 * The browser tests a form pattern with RegExp.test, which finds rather than matches.
	 */
	private static boolean matchesLikeTheBrowser(String pattern, String text) {
		try {
			return Pattern.compile(pattern).matcher(text).find();
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalStateException("Patroon in formulier is ongeldig: " + pattern, ex);
		}
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

	private static String format(double number) {
		return (number == Math.rint(number)) ? Long.toString((long) number) : Double.toString(number);
	}

}
