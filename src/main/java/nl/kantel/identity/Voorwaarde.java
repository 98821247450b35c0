package nl.kantel.identity;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.rest.dto.message.CorrelationMessageDto;
import org.camunda.bpm.engine.rest.dto.runtime.StartProcessInstanceDto;
import org.camunda.bpm.engine.rest.dto.task.UserIdDto;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The rules a request of a {@link Handeling} must keep: the same endpoint asked with
 * other parameters is another request (a start with instructions is no plain start). A
 * rule answers the Dutch reason to refuse, or nothing; first on the path and query
 * parameters, then on the body Camunda's REST API read (its own public DTOs).
 */
enum Voorwaarde {

	GEEN,

	GEWONE_START {

		@Override
		Optional<String> opInhoud(Verzoek verzoek, Object inhoud) {
			if (inhoud instanceof StartProcessInstanceDto start) {
				if (start.getStartInstructions() != null && !start.getStartInstructions().isEmpty()) {
					return weiger("Een zaak begint bij het begin; startinstructies zijn alleen voor beheerders.");
				}
				if (start.isSkipCustomListeners() || start.isSkipIoMappings()) {
					return weiger("Een zaak slaat bij de start geen stappen over.");
				}
				if (start.isWithVariablesInReturn() || start.getCaseInstanceId() != null) {
					return weiger("Een start geeft geen gegevens van de zaak terug.");
				}
			}
			return Optional.empty();
		}

	},

	BERICHT_AAN_EEN_ZAAK {

		@Override
		Optional<String> opInhoud(Verzoek verzoek, Object inhoud) {
			if (inhoud instanceof CorrelationMessageDto bericht) {
				if (bericht.isAll()) {
					return weiger("Een bericht gaat naar één zaak, niet naar alle wachtende zaken.");
				}
				if (bericht.isVariablesInResultEnabled()) {
					return weiger("Een bericht geeft geen gegevens van de zaak terug.");
				}
				if (bericht.getProcessInstanceId() != null || !leeg(bericht.getCorrelationKeys())
						|| !leeg(bericht.getLocalCorrelationKeys()) || bericht.getTenantId() != null) {
					return weiger("Een bericht vindt zijn zaak alleen op zaaknummer (businessKey).");
				}
			}
			return Optional.empty();
		}

	},

	TAAK_BINNEN_DE_GROEP {

		@Override
		Optional<String> opInhoud(Verzoek verzoek, Object inhoud) {
			if (!(inhoud instanceof UserIdDto aan)) {
				return Optional.empty();
			}
			String nieuw = aan.getUserId();
			if (verzoek.operatie().pad().endsWith("/claim")) {
				return Objects.equals(nieuw, verzoek.gebruiker()) ? Optional.empty()
						: weiger("U kunt een taak alleen zelf oppakken.");
			}
			if (nieuw == null || nieuw.equals(verzoek.gebruiker()) || inKandidaatgroep(verzoek, nieuw)) {
				return Optional.empty();
			}
			return weiger("Een taak gaat alleen naar een collega uit een groep die de taak mag doen.");
		}

		private boolean inKandidaatgroep(Verzoek verzoek, String gebruiker) {
			String taak = verzoek.padParameter("id");
			return verzoek.zonderAutorisatie(() -> verzoek.engine()
				.getTaskService()
				.getIdentityLinksForTask(taak)
				.stream()
				.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
				.map(IdentityLink::getGroupId)
				.filter(Objects::nonNull)
				.anyMatch((groep) -> verzoek.engine()
					.getIdentityService()
					.createUserQuery()
					.userId(gebruiker)
					.memberOfGroup(groep)
					.count() > 0));
		}

	},

	DEPLOYMENT_ZONDER_ZAKEN {

		@Override
		Optional<String> opVerzoek(Verzoek verzoek) {
			if ("POST".equals(verzoek.operatie().methode()) && !verzoek.instellingen().deployenVanuitModeler()) {
				return weiger("Deployen vanuit Camunda Modeler staat hier uit; modellen komen met een release.");
			}
			if (verzoek.queryVlag("cascade") || verzoek.queryVlag("skipCustomListeners")
					|| verzoek.queryVlag("skipIoMappings")) {
				return weiger("Een deployment met zaken verwijdert alleen een beheerder.");
			}
			return Optional.empty();
		}

	};

	/** Judged before the body is read. */
	Optional<String> opVerzoek(Verzoek verzoek) {
		return Optional.empty();
	}

	/** Judged on the body as Camunda's REST API read it. */
	Optional<String> opInhoud(Verzoek verzoek, Object inhoud) {
		return Optional.empty();
	}

	private static Optional<String> weiger(String reden) {
		return Optional.of(reden);
	}

	private static boolean leeg(Map<?, ?> map) {
		return map == null || map.isEmpty();
	}

}
