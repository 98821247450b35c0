package nl.kantel.bezwaar;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.bezwaar.Hoofdzaken.Hoofdzaak;
import nl.kantel.post.Brief;
import nl.kantel.post.Brievenpost;

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

	private final Brievenpost brievenpost;

	BeslissingVerzenden(Hoofdzaken hoofdzaken, BezwaarTermijnen termijnen, BezwaarBrieven brieven,
			Brievenpost brievenpost) {
		this.hoofdzaken = hoofdzaken;
		this.termijnen = termijnen;
		this.brieven = brieven;
		this.brievenpost = brievenpost;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Hoofdzaak hoofdzaak = this.hoofdzaken.van(execution);
		LocalDate vandaag = this.termijnen.vandaag();
		Brief brief = this.brieven.beslissing(execution, hoofdzaak, vandaag, this.termijnen.beroepDeadline(vandaag));
		LocalDate verzonden = this.brievenpost.verzenden(brief);
		if (!verzonden.equals(vandaag)) {
			// A retry after the letter left: keep the letter as it was on the day it
			// left.
			brief = this.brieven.beslissing(execution, hoofdzaak, verzonden, this.termijnen.beroepDeadline(verzonden));
		}
		Datums.schrijf(execution, BezwaarVariabelen.BESLISSING_VERZONDEN, verzonden);
		Datums.schrijf(execution, BezwaarVariabelen.BEROEP_DEADLINE, this.termijnen.beroepDeadline(verzonden));
		execution.setVariable(BezwaarVariabelen.BESLISSING_DOCUMENT, BezwaarBrieven.document(brief));
	}

}
