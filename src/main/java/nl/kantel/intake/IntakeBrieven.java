package nl.kantel.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import nl.kantel.brief.Brieven;

/**
 * The intake's letters as PDF, each from the template of its name in {@code brieven/}
 * with the case variables it needs, and the short mail that carries one.
 */
@Component
class IntakeBrieven {

	/** What every letter shows: whom it is for and which case. */
	private static final List<String> AAN = List.of(WmoIntake.ZAAKNUMMER, WmoIntake.NAAM, WmoIntake.POSTADRES,
			WmoIntake.VERTEGENWOORDIGER);

	static final String ONTVANGSTBEVESTIGING = "ontvangstbevestiging";

	static final String VERSLAG = "verslag";

	static final String AANVULLING = "aanvulling";

	static final String AANVRAAG_HERINNERING = "aanvraag-herinnering";

	static final String BESCHIKKING = "beschikking";

	static final String ONDERZOEK_TE_LAAT = "onderzoek-te-laat";

	static final String BESCHIKKING_TE_LAAT = "beschikking-te-laat";

	static final String DWANGSOM = "dwangsom";

	private static final Map<String, List<String>> GEGEVENS = Map.of(ONTVANGSTBEVESTIGING,
			List.of(WmoIntake.MELDING_DATUM, WmoIntake.PERSOONLIJK_PLAN_DEADLINE, WmoIntake.ONDERZOEK_DEADLINE),
			VERSLAG,
			List.of(WmoIntake.MELDING_DATUM, WmoIntake.GESPREK_DATUM, WmoIntake.GESPREK_VORM, WmoIntake.HULPVRAAG,
					WmoIntake.EIGEN_KRACHT_VOLDOENDE, WmoIntake.NETWERK_VOLDOENDE,
					WmoIntake.ALGEMENE_VOORZIENING_PASSEND, WmoIntake.CLIENTONDERSTEUNING_AANGEBODEN,
					WmoIntake.PGB_GEWENST, WmoIntake.TOESTEMMING_DELEN, WmoIntake.PERSOONLIJK_PLAN, WmoIntake.UITKOMST,
					WmoIntake.VERWIJSDOEL, WmoIntake.VERSLAG, WmoIntake.AANVRAAG_MOGELIJK_TOT),
			AANVULLING,
			List.of(WmoIntake.AANVRAAG_DATUM, WmoIntake.GEVRAAGDE_AANVULLING, WmoIntake.HERSTELTERMIJN_DEADLINE),
			AANVRAAG_HERINNERING, List.of(WmoIntake.AANVRAAG_MOGELIJK_TOT), BESCHIKKING,
			List.of(WmoIntake.AANVRAAG_DATUM, WmoIntake.BESCHIKKING_DATUM, WmoIntake.BESLUIT,
					WmoIntake.PRODUCTCATEGORIE, WmoIntake.OMVANG, WmoIntake.EENHEID, WmoIntake.FREQUENTIE,
					WmoIntake.LEVERINGSVORM, WmoIntake.KOSTEN_PER_JAAR, WmoIntake.INGANGSDATUM, WmoIntake.EINDDATUM,
					WmoIntake.TOEWIJZING_NUMMER, WmoIntake.MOTIVERING, WmoIntake.BEZWAAR_DEADLINE,
					WmoIntake.HERSTELTERMIJN_DEADLINE),
			ONDERZOEK_TE_LAAT, List.of(WmoIntake.MELDING_DATUM, WmoIntake.ONDERZOEK_DEADLINE, WmoIntake.NIEUWE_TERMIJN),
			BESCHIKKING_TE_LAAT,
			List.of(WmoIntake.AANVRAAG_DATUM, WmoIntake.BESCHIKKING_DEADLINE, WmoIntake.NIEUWE_TERMIJN), DWANGSOM,
			List.of(WmoIntake.AANVRAAG_DATUM, WmoIntake.BESCHIKKING_DEADLINE, WmoIntake.INGEBREKESTELLING_DATUM,
					WmoIntake.DWANGSOM_VANAF, WmoIntake.BESCHIKKING_DATUM, WmoIntake.DWANGSOM_DAGEN,
					WmoIntake.DWANGSOM_BEDRAG, WmoIntake.BEZWAAR_DEADLINE));

	private final Brieven brieven;

	private final IntakeProperties beleid;

	IntakeBrieven(Brieven brieven, IntakeProperties beleid) {
		this.brieven = brieven;
		this.beleid = beleid;
	}

	/**
	 * @param extra values that are not (yet) case variables, such as the bezwaar term of
	 * a letter about to be sent
	 */
	byte[] pdf(String brief, VariableScope zaak, Map<String, Object> extra) {
		Map<String, Object> data = new HashMap<>();
		Stream.concat(AAN.stream(), GEGEVENS.get(brief).stream()).forEach((name) -> {
			Object value = zaak.getVariable(name);
			if (value != null) {
				data.put(name, value);
			}
		});
		Object behoefte = zaak.getVariable(WmoIntake.ONDERSTEUNINGSBEHOEFTE);
		data.put(WmoIntake.ONDERSTEUNINGSBEHOEFTE, (behoefte == null) ? List.of() : List.of(behoefte));
		data.put("verordening", this.beleid.verordening());
		data.put("eigenBijdragePerMaand", this.beleid.eigenBijdragePerMaand());
		data.putAll(extra);
		return this.brieven.pdf(brief, data);
	}

	String mailtekst(VariableScope zaak, String onderwerp) {
		return this.brieven.text("brief-als-bijlage", Map.of("naam", zaak.getVariable(WmoIntake.NAAM), "zaaknummer",
				zaak.getVariable(WmoIntake.ZAAKNUMMER), "onderwerp", onderwerp));
	}

}
