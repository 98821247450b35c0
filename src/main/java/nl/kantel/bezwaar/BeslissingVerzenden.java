package nl.kantel.bezwaar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.bezwaar.BezwaarVerzending.Verzonden;
import nl.kantel.bezwaar.Hoofdzaken.Hoofdzaak;

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

	private final BezwaarVerzending verzending;

	BeslissingVerzenden(Hoofdzaken hoofdzaken, BezwaarTermijnen termijnen, BezwaarBrieven brieven,
			BezwaarVerzending verzending) {
		this.hoofdzaken = hoofdzaken;
		this.termijnen = termijnen;
		this.brieven = brieven;
		this.verzending = verzending;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Hoofdzaak hoofdzaak = this.hoofdzaken.van(execution);
		Verzonden verzonden = this.verzending
			.verzenden((dag) -> this.brieven.beslissing(execution, hoofdzaak, dag, this.termijnen.beroepDeadline(dag)));
		Datums.schrijf(execution, BezwaarVariabelen.BESLISSING_VERZONDEN, verzonden.dag());
		Datums.schrijf(execution, BezwaarVariabelen.BEROEP_DEADLINE, this.termijnen.beroepDeadline(verzonden.dag()));
		execution.setVariable(BezwaarVariabelen.BESLISSING_DOCUMENT, BezwaarBrieven.document(verzonden.brief()));
	}

}
