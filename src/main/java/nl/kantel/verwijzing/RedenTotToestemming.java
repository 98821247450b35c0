package nl.kantel.verwijzing;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the reason of a referral without consent out of the case until the resident
 * consents (Wmo 5.1.1). The wijkteam that asks for consent works a task of the case, and
 * a task shows every variable of its case (task variables, form variables, a task query
 * filtered on a variable); so before consent {@code reden} is not a variable of the case
 * but a row of table {@code verwijzing_reden}, in the same transaction as the case. With
 * consent it goes onto the case for the receiving team; without, it is removed.
 */
@Component("redenTotToestemming")
public class RedenTotToestemming {

	private final JdbcTemplate jdbc;

	RedenTotToestemming(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Moves {@code reden} from the case into the table, in the transaction that starts
	 * the case, before the wijkteam's task exists.
	 */
	public void achterhouden(DelegateExecution execution) {
		String reden = (String) execution.getVariable(VerwijzingVariabelen.REDEN);
		this.jdbc.update("insert into verwijzing_reden (zaaknummer, reden) values (?, ?)", zaaknummer(execution),
				reden);
		execution.removeVariable(VerwijzingVariabelen.REDEN);
	}

	/** The resident consented: the reason goes onto the case. */
	public void vrijgeven(DelegateExecution execution) {
		List<String> reden = this.jdbc.queryForList("select reden from verwijzing_reden where zaaknummer = ?",
				String.class, zaaknummer(execution));
		if (!reden.isEmpty()) {
			execution.setVariable(VerwijzingVariabelen.REDEN, reden.get(0));
		}
		vergeten(execution);
	}

	/** The case ends: a reason still held back is never shared, so it goes. */
	public void vergeten(DelegateExecution execution) {
		this.jdbc.update("delete from verwijzing_reden where zaaknummer = ?", zaaknummer(execution));
	}

	private static String zaaknummer(DelegateExecution execution) {
		return (String) execution.getVariable(VerwijzingVariabelen.ZAAKNUMMER);
	}

}
