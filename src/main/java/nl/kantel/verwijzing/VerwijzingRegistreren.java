package nl.kantel.verwijzing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/**
 * Dates the verwijzing (today when not given), sets the deadline of the first contact,
 * starts the overdue flag and the referrer's feedback afresh and tells the referrer it
 * was received.
 */
@Component("verwijzingRegistreren")
class VerwijzingRegistreren implements ExecutionListener {

	private final TermijnExpressions termijn;

	private final VerwijzingProperties properties;

	private final VerwijzingTerugkoppeling terugkoppeling;

	VerwijzingRegistreren(TermijnExpressions termijn, VerwijzingProperties properties,
			VerwijzingTerugkoppeling terugkoppeling) {
		this.termijn = termijn;
		this.properties = properties;
		this.terugkoppeling = terugkoppeling;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Object datum = execution.getVariable(VerwijzingVariabelen.VERZOEK_DATUM);
		if (datum == null || (datum instanceof String text && text.isBlank())) {
			execution.setVariable(VerwijzingVariabelen.VERZOEK_DATUM, this.termijn.vandaag());
		}
		if (execution.getVariable(VerwijzingVariabelen.DREIGENDE_SITUATIE) == null) {
			execution.setVariable(VerwijzingVariabelen.DREIGENDE_SITUATIE, false);
		}
		String verzoekDatum = (String) execution.getVariable(VerwijzingVariabelen.VERZOEK_DATUM);
		boolean schuldhulp = VerwijzingVariabelen.SCHULDHULP
			.equals(execution.getVariable(VerwijzingVariabelen.VERWIJSDOEL));
		boolean dreigend = Boolean.TRUE.equals(execution.getVariable(VerwijzingVariabelen.DREIGENDE_SITUATIE));
		execution.setVariable(VerwijzingVariabelen.EERSTE_CONTACT_DEADLINE,
				eersteContactDeadline(verzoekDatum, schuldhulp, dreigend));
		// What the case keeps about itself starts clean, whatever a starter sent along.
		execution.setVariable(VerwijzingVariabelen.EERSTE_CONTACT_TERMIJN_OVERSCHREDEN, false);
		execution.removeVariable(VerwijzingVariabelen.TERUGKOPPELINGEN);
		this.terugkoppeling.melden(execution, "ontvangen");
	}

	/**
	 * Wgs art. 4a: a first talk within 3 working days when eviction, a cut-off or the
	 * cancellation of health insurance threatens, else within 4 weeks; other goals follow
	 * the setting.
	 */
	String eersteContactDeadline(String verzoekDatum, boolean schuldhulp, boolean dreigend) {
		if (schuldhulp && dreigend) {
			return this.termijn.werkdagen(verzoekDatum,
					VerwijzingVariabelen.EERSTE_CONTACT_SCHULDHULP_DREIGEND_WERKDAGEN);
		}
		if (schuldhulp) {
			return this.termijn.wettelijk(verzoekDatum, VerwijzingVariabelen.EERSTE_CONTACT_SCHULDHULP);
		}
		return this.termijn.wettelijk(verzoekDatum, this.properties.eersteContact());
	}

}
