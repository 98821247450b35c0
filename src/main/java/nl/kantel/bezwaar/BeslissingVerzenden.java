package nl.kantel.bezwaar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.bezwaar.Hoofdzaken.Hoofdzaak;
import nl.kantel.post.Zaakbrieven;
import nl.kantel.post.Zaakbrieven.Verzonden;

/**
 * BeslissingVerzenden: sends the beslissing op bezwaar to the resident of the hoofdzaak
 * and records the day it left (Awb 3:41): the beroep term runs from the day after (Awb
 * 6:8). Runs as an asynchronous job: a failure is retried, and the letter leaves once.
 */
@Component("bezwaarBeslissingVerzenden")
class BeslissingVerzenden implements JavaDelegate {

	private final Hoofdzaken hoofdzaken;

	private final BezwaarTermijnen termijnen;

	private final BezwaarBrieven brieven;

	private final Zaakbrieven zaakbrieven;

	BeslissingVerzenden(Hoofdzaken hoofdzaken, BezwaarTermijnen termijnen, BezwaarBrieven brieven,
			Zaakbrieven zaakbrieven) {
		this.hoofdzaken = hoofdzaken;
		this.termijnen = termijnen;
		this.brieven = brieven;
		this.zaakbrieven = zaakbrieven;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Hoofdzaak hoofdzaak = this.hoofdzaken.van(execution);
		Verzonden verzonden = this.zaakbrieven
			.verzenden((dag) -> this.brieven.beslissing(execution, hoofdzaak, dag, this.termijnen.beroepDeadline(dag)));
		Datums.schrijf(execution, BezwaarVariabelen.BESLISSING_VERZONDEN, verzonden.dag());
		Datums.schrijf(execution, BezwaarVariabelen.BEROEP_DEADLINE, this.termijnen.beroepDeadline(verzonden.dag()));
		execution.setVariable(BezwaarVariabelen.BESLISSING_DOCUMENT, BezwaarBrieven.document(verzonden.brief()));
	}

}
