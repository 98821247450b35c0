package nl.kantel.formulier;

import java.util.List;

/**
 * One input of a Camunda Form with the checks the form makes in the browser.
 *
 * @param allowedValues the values of a select or radio with static options, empty when
 * free or dynamic
 * @param yesNo whether the options are the JSON values true and false: the field submits
 * a Boolean, as a checkbox does, but can be required (a required checkbox must be ticked)
 * @param conditional whether the form may hide the field; the browser skips a hidden
 * field, so the server does not require it
 */
public record FormField(String key, String label, String type, boolean required, String pattern, String validationType,
		Integer minLength, Integer maxLength, Double min, Double max, List<String> allowedValues, boolean yesNo,
		boolean conditional, boolean readonly) {

	/** A label for messages: the form's label, or the key where a designer gave none. */
	public String displayName() {
		return (this.label != null && !this.label.isBlank()) ? this.label : this.key;
	}

}
