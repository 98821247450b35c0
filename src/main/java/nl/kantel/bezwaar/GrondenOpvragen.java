package nl.kantel.bezwaar;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.bezwaar.Hoofdzaken.Hoofdzaak;
import nl.kantel.post.Brief;
import nl.kantel.post.Brievenpost;

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

	private final Brievenpost brievenpost;

	GrondenOpvragen(Hoofdzaken hoofdzaken, BezwaarTermijnen termijnen, BezwaarBrieven brieven,
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
		Brief brief = this.brieven.grondenVerzoek(execution, hoofdzaak, vandaag,
				this.termijnen.hersteltermijnDeadline(vandaag));
		LocalDate verzonden = this.brievenpost.verzenden(brief);
		if (!verzonden.equals(vandaag)) {
			// A retry after the letter left: keep the letter as it was on the day it
			// left.
			brief = this.brieven.grondenVerzoek(execution, hoofdzaak, verzonden,
					this.termijnen.hersteltermijnDeadline(verzonden));
		}
		Datums.schrijf(execution, BezwaarVariabelen.GRONDEN_GEVRAAGD_OP, verzonden);
		Datums.schrijf(execution, BezwaarVariabelen.HERSTELTERMIJN_DEADLINE,
				this.termijnen.hersteltermijnDeadline(verzonden));
		execution.setVariable(BezwaarVariabelen.GRONDEN_VERZOEK_DOCUMENT, BezwaarBrieven.document(brief));
	}

}
