package nl.kantel.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.rest.dto.message.CorrelationMessageDto;
import org.camunda.bpm.engine.rest.dto.runtime.StartProcessInstanceDto;
import org.camunda.bpm.engine.rest.dto.runtime.modification.StartBeforeInstructionDto;
import org.camunda.bpm.engine.rest.dto.task.UserIdDto;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VoorwaardeTest {

	@Test
	@DisplayName("deploying from Modeler needs the setting (off in production); deleting a deployment with its cases never")
	void deployen() {
		Verzoek lokaal = verzoek("POST /deployment/create", Map.of(), true);
		Verzoek productie = verzoek("POST /deployment/create", Map.of(), false);
		Verzoek cascade = verzoek("DELETE /deployment/{id}", Map.of("cascade", List.of("true")), true);
		Verzoek zonderZaken = verzoek("DELETE /deployment/{id}", Map.of(), true);

		assertThat(Voorwaarde.DEPLOYMENT_ZONDER_ZAKEN.opVerzoek(lokaal)).isEmpty();
		assertThat(Voorwaarde.DEPLOYMENT_ZONDER_ZAKEN.opVerzoek(productie))
			.hasValueSatisfying((reden) -> assertThat(reden).contains("staat hier uit"));
		assertThat(Voorwaarde.DEPLOYMENT_ZONDER_ZAKEN.opVerzoek(cascade)).isPresent();
		assertThat(Voorwaarde.DEPLOYMENT_ZONDER_ZAKEN.opVerzoek(zonderZaken)).isEmpty();
	}

	@Test
	@DisplayName("a start with instructions, skipped listeners or variables in return is not a plain start")
	void gewoneStart() {
		Verzoek start = verzoek("POST /process-definition/key/{key}/start", Map.of(), true);
		StartProcessInstanceDto gewoon = new StartProcessInstanceDto();
		StartProcessInstanceDto instructies = new StartProcessInstanceDto();
		instructies.setStartInstructions(List.of(new StartBeforeInstructionDto()));
		StartProcessInstanceDto overslaan = new StartProcessInstanceDto();
		overslaan.setSkipIoMappings(true);
		StartProcessInstanceDto terug = new StartProcessInstanceDto();
		terug.setWithVariablesInReturn(true);

		assertThat(Voorwaarde.GEWONE_START.opInhoud(start, gewoon)).isEmpty();
		for (StartProcessInstanceDto ander : List.of(instructies, overslaan, terug)) {
			assertThat(Voorwaarde.GEWONE_START.opInhoud(start, ander)).isPresent();
		}
	}

	@Test
	@DisplayName("a message goes to one case by zaaknummer and reads nothing back")
	void berichtAanEenZaak() {
		Verzoek bericht = verzoek("POST /message", Map.of(), true);
		CorrelationMessageDto gewoon = new CorrelationMessageDto();
		gewoon.setBusinessKey("WMO-2026-000001");
		gewoon.setResultEnabled(true);
		CorrelationMessageDto alle = new CorrelationMessageDto();
		alle.setAll(true);
		CorrelationMessageDto lezen = new CorrelationMessageDto();
		lezen.setVariablesInResultEnabled(true);
		CorrelationMessageDto perId = new CorrelationMessageDto();
		perId.setProcessInstanceId("42");

		assertThat(Voorwaarde.BERICHT_AAN_EEN_ZAAK.opInhoud(bericht, gewoon)).isEmpty();
		for (CorrelationMessageDto ander : List.of(alle, lezen, perId)) {
			assertThat(Voorwaarde.BERICHT_AAN_EEN_ZAAK.opInhoud(bericht, ander)).isPresent();
		}
	}

	@Test
	@DisplayName("one claims a task for oneself only")
	void claimVoorJezelf() {
		Verzoek claim = verzoek("POST /task/{id}/claim", Map.of(), true);
		UserIdDto zelf = new UserIdDto();
		zelf.setUserId("wmo-consulent");
		UserIdDto ander = new UserIdDto();
		ander.setUserId("wmo-consulent-2");

		assertThat(Voorwaarde.TAAK_BINNEN_DE_GROEP.opInhoud(claim, zelf)).isEmpty();
		assertThat(Voorwaarde.TAAK_BINNEN_DE_GROEP.opInhoud(claim, ander)).isPresent();
	}

	private static Verzoek verzoek(String operatie, Map<String, List<String>> query, boolean modeler) {
		return new Verzoek(Operatie.parse(operatie), "wmo-consulent", Set.of("wmo-consulent"), Map.of("id", "1"), query,
				null, new IdentityProperties(false, Map.of(), List.of(), List.of(), modeler));
	}

}
