package nl.kantel.verwijzing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import nl.kantel.post.Geadresseerden;

import nl.kantel.verwijzing.Toelatingsbeschikking.Beschikking;
import nl.kantel.verwijzing.Toelatingsbeschikking.Verzonden;

/**
 * Sends the beschikking on the toelating and records on the case the day it left
 * ({@code beschikkingVerzonden}), the end of the bezwaar term ({@code bezwaarDeadline},
 * which a bezwaar against it reads) and the letter. Runs as an asynchronous job, so the
 * letter leaves after the decision was committed, and a retry does not send it twice.
 */
@Component("toelatingsbeschikkingVerzenden")
class ToelatingsbeschikkingVerzenden implements JavaDelegate {

	private final Toelatingsbeschikking beschikking;

	private final Geadresseerden geadresseerden;

	ToelatingsbeschikkingVerzenden(Toelatingsbeschikking beschikking, Geadresseerden geadresseerden) {
		this.beschikking = beschikking;
		this.geadresseerden = geadresseerden;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String zaaknummer = (String) execution.getVariable(VerwijzingVariabelen.ZAAKNUMMER);
		Verzonden verzonden = this.beschikking.verzenden(new Beschikking(zaaknummer,
				this.geadresseerden.vanZaak((String) execution.getVariable(VerwijzingVariabelen.HOOFDZAAK)),
				(String) execution.getVariable(VerwijzingVariabelen.VERZOEK_DATUM),
				VerwijzingVariabelen.ZELFMELDING.equals(execution.getVariable(VerwijzingVariabelen.VERWIJZER_TYPE)),
				Boolean.TRUE.equals(execution.getVariable(VerwijzingVariabelen.TOEGELATEN)),
				(String) execution.getVariable(VerwijzingVariabelen.MOTIVERING)));
		execution.setVariable(VerwijzingVariabelen.BESCHIKKING_VERZONDEN, verzonden.verzonden().toString());
		execution.setVariable(VerwijzingVariabelen.BEZWAAR_DEADLINE, verzonden.bezwaarDeadline().toString());
		execution.setVariable(VerwijzingVariabelen.BESCHIKKING_DOCUMENT,
				Variables.fileValue("beschikking-schuldhulp-" + zaaknummer + ".pdf")
					.file(verzonden.pdf())
					.mimeType("application/pdf")
					.create());
	}

}
