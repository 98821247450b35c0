package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

import nl.kantel.engine.ZonderAutorisatie;

/** Reading a fund case's variables the way every step of it needs them. */
final class Zaakgegevens {

	private Zaakgegevens() {
	}

	static String tekst(VariableScope zaak, String name) {
		return (String) zaak.getVariable(name);
	}

	static long bedrag(VariableScope zaak, String name) {
		Object value = zaak.getVariable(name);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

	/**
	 * Whether {@code value} is a whole number from {@code min} up to and including
	 * {@code max}.
	 */
	static boolean isHeel(Object value, long min, long max) {
		return value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
				&& number.doubleValue() >= min && number.doubleValue() <= max;
	}

	static boolean isLeeg(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

	/**
	 * Records who completes {@code task} as {@code variabele}: the ledger books in that
	 * name.
	 */
	static void handelendeVastleggen(DelegateTask task, String variabele) {
		task.setVariable(variabele,
				ZonderAutorisatie.ingelogdeGebruiker(task.getProcessEngineServices().getIdentityService())
					.orElse((task.getAssignee() != null) ? task.getAssignee() : "kantel"));
	}

}
