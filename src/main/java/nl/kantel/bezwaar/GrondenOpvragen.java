package nl.kantel.bezwaar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.bezwaar.Hoofdzaken.Hoofdzaak;
import nl.kantel.post.Zaakbrieven;
import nl.kantel.post.Zaakbrieven.Verzonden;

/**
 * GrondenOpvragen: asks the indiener of a pro forma bezwaar for the grounds within the
 * hersteltermijn (Awb 6:6), by letter. The day it left starts the hersteltermijn and the
 * suspension of the decision term (Awb 7:10 lid 2). Runs as an asynchronous job: a
 * failure is retried, and the letter leaves once.
 */
@Component("bezwaarGrondenOpvragen")
class GrondenOpvragen implements JavaDelegate {

	private final Hoofdzaken hoofdzaken;

	private final BezwaarTermijnen termijnen;

	private final BezwaarBrieven brieven;

	private final Zaakbrieven zaakbrieven;

	GrondenOpvragen(Hoofdzaken hoofdzaken, BezwaarTermijnen termijnen, BezwaarBrieven brieven,
			Zaakbrieven zaakbrieven) {
		this.hoofdzaken = hoofdzaken;
		this.termijnen = termijnen;
		this.brieven = brieven;
		this.zaakbrieven = zaakbrieven;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Hoofdzaak hoofdzaak = this.hoofdzaken.van(execution);
		Verzonden verzonden = this.zaakbrieven.verzenden((dag) -> this.brieven.grondenVerzoek(execution, hoofdzaak, dag,
				this.termijnen.hersteltermijnDeadline(dag)));
		Datums.schrijf(execution, BezwaarVariabelen.GRONDEN_GEVRAAGD_OP, verzonden.dag());
		Datums.schrijf(execution, BezwaarVariabelen.HERSTELTERMIJN_DEADLINE,
				this.termijnen.hersteltermijnDeadline(verzonden.dag()));
		execution.setVariable(BezwaarVariabelen.GRONDEN_VERZOEK_DOCUMENT, BezwaarBrieven.document(verzonden.brief()));
	}

}
