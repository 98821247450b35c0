package nl.kantel.termijn;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;
import nl.kantel.zaak.StartChecks;

/**
 * The dwangsom for a late beschikking (Awb 4:17): owed for each day from the day two
 * weeks after the ingebrekestelling was received until the day before the beschikking,
 * EUR 23 a day for the first 14 days, EUR 35 for the next 14, EUR 45 for the last 14, at
 * most 42 days.
 */
public record Dwangsom(long dagen, long bedrag, LocalDate laatsteDag) {

	public static final int MAXIMUM_DAGEN = 42;

	/** Awb 4:18: the dwangsom is set within two weeks after the last day owed. */
	public static final String VASTSTELLEN_BINNEN = "P2W";

	/** The first day a dwangsom is owed, set when the ingebrekestelling is received. */
	public static final String DWANGSOM_VANAF = "dwangsomVanaf";

	private static final long[] TARIEF = { 23, 35, 45 };

	private static final int DAGEN_PER_TARIEF = 14;

	/**
	 * Records a written ingebrekestelling (Awb 4:17): received today unless
	 * {@code datumVariabele} says when, never on or before the decision's deadline; sets
	 * {@code dwangsomVanaf}.
	 * @throws InvalidVariableException naming {@code datumVariabele} when the date is not
	 * a past or today's date after the deadline
	 */
	public static void ingebrekestellingOntvangen(VariableScope zaak, String datumVariabele, String deadlineVariabele,
			LocalDate vandaag) {
		List<Violation> violations = new ArrayList<>();
		StartChecks.pastOrToday(zaak, datumVariabele, vandaag, violations);
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
		if (zaak.getVariable(datumVariabele) == null) {
			zaak.setVariable(datumVariabele, vandaag.toString());
		}
		LocalDate ontvangen = LocalDate.parse((String) zaak.getVariable(datumVariabele));
		String deadline = (String) zaak.getVariable(deadlineVariabele);
		if (!ontvangen.isAfter(LocalDate.parse(deadline))) {
			throw new InvalidVariableException(datumVariabele,
					"Een ingebrekestelling kan pas na de beslistermijn (" + deadline + ") worden ontvangen.");
		}
		zaak.setVariable(DWANGSOM_VANAF, vanaf(ontvangen).toString());
	}

	/**
	 * Sets what a decision taken on {@code beschikkingDatum} owes after an
	 * ingebrekestelling: {@code dwangsomDagen}, {@code dwangsomBedrag} and
	 * {@code dwangsomBeschikkingDeadline}, the Atw end of the two weeks after the last
	 * day owed (Awb 4:18).
	 * @return whether a dwangsom is owed
	 */
	public static boolean vastleggen(VariableScope zaak, LocalDate beschikkingDatum, TermijnExpressions termijn) {
		Object vanaf = zaak.getVariable(DWANGSOM_VANAF);
		if (vanaf == null) {
			return false;
		}
		Dwangsom dwangsom = bij(LocalDate.parse((String) vanaf), beschikkingDatum);
		if (dwangsom.verschuldigd()) {
			zaak.setVariable("dwangsomDagen", dwangsom.dagen());
			zaak.setVariable("dwangsomBedrag", dwangsom.bedrag());
			zaak.setVariable("dwangsomBeschikkingDeadline",
					termijn.wettelijk(dwangsom.laatsteDag().toString(), VASTSTELLEN_BINNEN));
		}
		return dwangsom.verschuldigd();
	}

	/** Lid 3: the first day owed is the day two weeks after the day of receipt. */
	public static LocalDate vanaf(LocalDate ingebrekestellingOntvangen) {
		return ingebrekestellingOntvangen.plusDays(14);
	}

	/**
	 * The dwangsom when the beschikking is taken on {@code beschikkingDatum}; 0 days when
	 * none is owed.
	 */
	public static Dwangsom bij(LocalDate vanaf, LocalDate beschikkingDatum) {
		long dagen = Math.min(MAXIMUM_DAGEN, Math.max(0, ChronoUnit.DAYS.between(vanaf, beschikkingDatum)));
		return new Dwangsom(dagen, bedrag(dagen), vanaf.plusDays(dagen - 1));
	}

	public static long bedrag(long dagen) {
		long bedrag = 0;
		for (int dag = 0; dag < dagen; dag++) {
			bedrag += TARIEF[dag / DAGEN_PER_TARIEF];
		}
		return bedrag;
	}

	public boolean verschuldigd() {
		return this.dagen > 0;
	}

}
