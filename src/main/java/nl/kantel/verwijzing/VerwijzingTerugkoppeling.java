package nl.kantel.verwijzing;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import nl.kantel.brief.Brieven;
import nl.kantel.post.PostNaCommit;
import nl.kantel.termijn.TermijnExpressions;

/**
 * Tells the referrer each step: adds {@code {status, datum}} to {@code terugkoppelingen}
 * and, when a {@code verwijzerEmail} was given, mails the status with the zaaknummer and
 * the municipality's contact details (after the step commits, once per status). Nothing
 * else of the case reaches the referrer, except the reason written for the referrer when
 * the team does not accept. Called from the model as
 * {@code ${verwijzingTerugkoppeling.melden(execution, 'geaccepteerd')}}.
 */
@Component("verwijzingTerugkoppeling")
public class VerwijzingTerugkoppeling {

	private final TermijnExpressions termijn;

	private final Brieven brieven;

	private final PostNaCommit post;

	VerwijzingTerugkoppeling(TermijnExpressions termijn, Brieven brieven, PostNaCommit post) {
		this.termijn = termijn;
		this.brieven = brieven;
		this.post = post;
	}

	public void melden(DelegateExecution execution, String status) {
		String datum = this.termijn.vandaag();
		Object current = execution.getVariable(VerwijzingVariabelen.TERUGKOPPELINGEN);
		SpinJsonNode lijst = (current instanceof SpinJsonNode node) ? node : Spin.JSON("[]");
		SpinJsonNode regel = Spin.JSON("{}");
		regel.prop("status", status);
		regel.prop("datum", datum);
		lijst.append(regel);
		execution.setVariable(VerwijzingVariabelen.TERUGKOPPELINGEN, SpinValues.jsonValue(lijst.toString()).create());
		if (execution.getVariable(VerwijzingVariabelen.VERWIJZER_EMAIL) instanceof String email && !email.isBlank()) {
			mail(execution, email, status, datum);
		}
	}

	private void mail(DelegateExecution execution, String email, String status, String datum) {
		String zaaknummer = (String) execution.getVariable(VerwijzingVariabelen.ZAAKNUMMER);
		Map<String, Object> data = new HashMap<>();
		data.put("zaaknummer", zaaknummer);
		data.put("status", status);
		data.put("datum", datum);
		data.put("verwijzerNaam", execution.getVariable(VerwijzingVariabelen.VERWIJZER_NAAM));
		if ("niet-geaccepteerd".equals(status)) {
			data.put("toelichting", execution.getVariable(VerwijzingVariabelen.AFWIJS_REDEN));
		}
		this.post.plannen(execution, zaaknummer + "/" + status, email,
				"Verwijzing " + zaaknummer + ": " + onderwerp(status),
				this.brieven.text("terugkoppeling-verwijzing", data));
	}

	private static String onderwerp(String status) {
		return switch (status) {
			case "ontvangen" -> "ontvangen";
			case "geaccepteerd" -> "aangenomen";
			case "niet-geaccepteerd" -> "niet aangenomen";
			case "in-behandeling" -> "in behandeling";
			case "afgerond" -> "afgerond";
			case "geen-toestemming" -> "geen toestemming van de inwoner";
			default -> throw new IllegalArgumentException("Onbekende status van een verwijzing: " + status);
		};
	}

}
