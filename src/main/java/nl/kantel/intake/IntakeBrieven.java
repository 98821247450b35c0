package nl.kantel.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import nl.kantel.brief.Brieven;

/**
 * The verslag and the beschikking as PDF letters, stored on the case as file variables.
 */
@Component
class IntakeBrieven {

	private static final List<String> VERSLAG = List.of(WmoIntake.ZAAKNUMMER, WmoIntake.NAAM, WmoIntake.MELDING_DATUM,
			WmoIntake.GESPREK_DATUM, WmoIntake.HULPVRAAG, WmoIntake.EIGEN_KRACHT_VOLDOENDE, WmoIntake.NETWERK_VOLDOENDE,
			WmoIntake.ALGEMENE_VOORZIENING_PASSEND, WmoIntake.CLIENTONDERSTEUNING_AANGEBODEN, WmoIntake.PGB_GEWENST,
			WmoIntake.PERSOONLIJK_PLAN, WmoIntake.UITKOMST, WmoIntake.VERWIJSDOEL, WmoIntake.VERSLAG);

	private static final List<String> BESCHIKKING = List.of(WmoIntake.ZAAKNUMMER, WmoIntake.NAAM,
			WmoIntake.BESCHIKKING_DATUM, WmoIntake.BESLUIT, WmoIntake.PRODUCTCATEGORIE, WmoIntake.OMVANG,
			WmoIntake.EENHEID, WmoIntake.FREQUENTIE, WmoIntake.LEVERINGSVORM, WmoIntake.TOEWIJZING_NUMMER,
			WmoIntake.MOTIVERING, WmoIntake.BEZWAAR_DEADLINE);

	private final Brieven brieven;

	IntakeBrieven(Brieven brieven) {
		this.brieven = brieven;
	}

	FileValue verslag(VariableScope zaak) {
		Map<String, Object> data = data(zaak, VERSLAG);
		Object behoefte = zaak.getVariable(WmoIntake.ONDERSTEUNINGSBEHOEFTE);
		data.put(WmoIntake.ONDERSTEUNINGSBEHOEFTE, (behoefte == null) ? List.of() : List.of(behoefte));
		return pdf("verslag", zaak, data);
	}

	FileValue beschikking(VariableScope zaak) {
		return pdf("beschikking", zaak, data(zaak, BESCHIKKING));
	}

	private FileValue pdf(String template, VariableScope zaak, Map<String, Object> data) {
		byte[] pdf = this.brieven.pdf(template, data);
		return Variables.fileValue(template + "-" + zaak.getVariable(WmoIntake.ZAAKNUMMER) + ".pdf")
			.file(pdf)
			.mimeType("application/pdf")
			.create();
	}

	private static Map<String, Object> data(VariableScope zaak, List<String> names) {
		Map<String, Object> data = new HashMap<>();
		for (String name : names) {
			Object value = zaak.getVariable(name);
			if (value != null) {
				data.put(name, value);
			}
		}
		return data;
	}

}
