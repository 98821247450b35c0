package nl.kantel.transformatiefonds;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import nl.kantel.fonds.FondsInstellingen;
import nl.kantel.fonds.Fondsen;

/**
 * On the start event: the defaults (today, the Transformatiefonds), amounts as Longs, the
 * fund's policy that the model reads (who decides), and the decision term of eight weeks.
 */
@Component("fondsAanvraagRegistreren")
class AanvraagRegistreren implements ExecutionListener {

	static final String STANDAARD_FONDS = "transformatiefonds";

	private final FondsTermijnen termijnen;

	private final Fondsen fondsen;

	AanvraagRegistreren(FondsTermijnen termijnen, Fondsen fondsen) {
		this.termijnen = termijnen;
		this.fondsen = fondsen;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.getVariable(AanvraagVariabelen.AANVRAAG_DATUM) == null) {
			execution.setVariable(AanvraagVariabelen.AANVRAAG_DATUM, this.termijnen.vandaag());
		}
		if (execution.getVariable(AanvraagVariabelen.FONDS) == null) {
			execution.setVariable(AanvraagVariabelen.FONDS, STANDAARD_FONDS);
		}
		FondsInstellingen fonds = this.fondsen.instellingen((String) execution.getVariable(AanvraagVariabelen.FONDS));
		execution.setVariable(AanvraagVariabelen.FONDS_NAAM, fonds.naam());
		execution.setVariable(AanvraagVariabelen.BESLISSER, fonds.beslisser());
		execution.setVariable(AanvraagVariabelen.COMMISSIE_BESLIST, fonds.commissieBeslist());
		alsLong(execution, AanvraagVariabelen.GEVRAAGD_BEDRAG);
		alsLong(execution, AanvraagVariabelen.LOOPTIJD_MAANDEN);
		for (String criterium : AanvraagVariabelen.CRITERIA) {
			if (execution.getVariable(criterium) == null) {
				execution.setVariable(criterium, false);
			}
		}
		execution.setVariable(AanvraagVariabelen.OPGESCHORTE_DAGEN, 0L);
		execution.setVariable(AanvraagVariabelen.BESLIS_DEADLINE,
				this.termijnen.beslisDeadline((String) execution.getVariable(AanvraagVariabelen.AANVRAAG_DATUM), 0));
		execution.setVariable(AanvraagVariabelen.DWANGSOM_VERSCHULDIGD, false);
	}

	/**
	 * Money and months as Longs. A missing value is left for the start form's check,
	 * which runs after this listener and refuses the start naming it.
	 */
	private static void alsLong(DelegateExecution execution, String name) {
		if (execution.getVariable(name) instanceof Number number) {
			execution.setVariable(name, number.longValue());
		}
	}

}
