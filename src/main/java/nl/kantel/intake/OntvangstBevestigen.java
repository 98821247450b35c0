package nl.kantel.intake;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.kantel.brief.Brieven;
import nl.kantel.post.UitgaandePost;

/**
 * Confirms receipt of the melding to the resident (Wmo 2.3.2 lid 1). Runs as an async
 * job: a failed send is retried and becomes an incident; a case never gets it twice.
 */
@Component("ontvangstBevestigen")
class OntvangstBevestigen implements JavaDelegate {

	private final Brieven brieven;

	private final UitgaandePost post;

	OntvangstBevestigen(Brieven brieven, UitgaandePost post) {
		this.brieven = brieven;
		this.post = post;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String zaaknummer = (String) execution.getVariable(WmoIntake.ZAAKNUMMER);
		String tekst = this.brieven.text("ontvangstbevestiging",
				Map.of("zaaknummer", zaaknummer, "naam", execution.getVariable(WmoIntake.NAAM), "meldingDatum",
						execution.getVariable(WmoIntake.MELDING_DATUM), "persoonlijkPlanDeadline",
						execution.getVariable(WmoIntake.PERSOONLIJK_PLAN_DEADLINE), "onderzoekDeadline",
						execution.getVariable(WmoIntake.ONDERZOEK_DEADLINE)));
		this.post.send(zaaknummer + "/ontvangstbevestiging", (String) execution.getVariable(WmoIntake.EMAIL),
				"Wij hebben uw melding ontvangen (" + zaaknummer + ")", tekst);
	}

}
