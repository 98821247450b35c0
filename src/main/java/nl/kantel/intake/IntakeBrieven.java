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
	private static final List<String> AAN = List.of(IntakeVariabelen.ZAAKNUMMER, IntakeVariabelen.NAAM,
			IntakeVariabelen.POSTADRES, IntakeVariabelen.VERTEGENWOORDIGER);

	static final String ONTVANGSTBEVESTIGING = "ontvangstbevestiging";

	static final String VERSLAG = "verslag";

	static final String AANVULLING = "aanvulling";

	static final String AANVRAAG_HERINNERING = "aanvraag-herinnering";

	static final String BESCHIKKING = "beschikking";

	static final String ONDERZOEK_TE_LAAT = "onderzoek-te-laat";

	static final String BESCHIKKING_TE_LAAT = "beschikking-te-laat";

	static final String DWANGSOM = "dwangsom";

	private static final Map<String, List<String>> GEGEVENS = Map.of(ONTVANGSTBEVESTIGING,
			List.of(IntakeVariabelen.MELDING_DATUM, IntakeVariabelen.PERSOONLIJK_PLAN_DEADLINE,
					IntakeVariabelen.ONDERZOEK_DEADLINE),
			VERSLAG,
			List.of(IntakeVariabelen.MELDING_DATUM, IntakeVariabelen.GESPREK_DATUM, IntakeVariabelen.GESPREK_VORM,
					IntakeVariabelen.HULPVRAAG, IntakeVariabelen.EIGEN_KRACHT_VOLDOENDE,
					IntakeVariabelen.NETWERK_VOLDOENDE, IntakeVariabelen.ALGEMENE_VOORZIENING_PASSEND,
					IntakeVariabelen.CLIENTONDERSTEUNING_AANGEBODEN, IntakeVariabelen.PGB_GEWENST,
					IntakeVariabelen.TOESTEMMING_DELEN, IntakeVariabelen.PERSOONLIJK_PLAN, IntakeVariabelen.UITKOMST,
					IntakeVariabelen.VERWIJSDOEL, IntakeVariabelen.VERSLAG, IntakeVariabelen.AANVRAAG_MOGELIJK_TOT),
			AANVULLING,
			List.of(IntakeVariabelen.AANVRAAG_DATUM, IntakeVariabelen.GEVRAAGDE_AANVULLING,
					IntakeVariabelen.HERSTELTERMIJN_DEADLINE),
			AANVRAAG_HERINNERING, List.of(IntakeVariabelen.AANVRAAG_MOGELIJK_TOT), BESCHIKKING,
			List.of(IntakeVariabelen.AANVRAAG_DATUM, IntakeVariabelen.BESCHIKKING_DATUM, IntakeVariabelen.BESLUIT,
					IntakeVariabelen.PRODUCTCATEGORIE, IntakeVariabelen.OMVANG, IntakeVariabelen.EENHEID,
					IntakeVariabelen.FREQUENTIE, IntakeVariabelen.LEVERINGSVORM, IntakeVariabelen.KOSTEN_PER_JAAR,
					IntakeVariabelen.INGANGSDATUM, IntakeVariabelen.EINDDATUM, IntakeVariabelen.TOEWIJZING_NUMMER,
					IntakeVariabelen.MOTIVERING, IntakeVariabelen.BEZWAAR_DEADLINE,
					IntakeVariabelen.HERSTELTERMIJN_DEADLINE),
			ONDERZOEK_TE_LAAT,
			List.of(IntakeVariabelen.MELDING_DATUM, IntakeVariabelen.ONDERZOEK_DEADLINE,
					IntakeVariabelen.NIEUWE_TERMIJN),
			BESCHIKKING_TE_LAAT,
			List.of(IntakeVariabelen.AANVRAAG_DATUM, IntakeVariabelen.BESCHIKKING_DEADLINE,
					IntakeVariabelen.NIEUWE_TERMIJN),
			DWANGSOM,
			List.of(IntakeVariabelen.AANVRAAG_DATUM, IntakeVariabelen.BESCHIKKING_DEADLINE,
					IntakeVariabelen.INGEBREKESTELLING_DATUM, IntakeVariabelen.DWANGSOM_VANAF,
					IntakeVariabelen.BESCHIKKING_DATUM, IntakeVariabelen.DWANGSOM_DAGEN,
					IntakeVariabelen.DWANGSOM_BEDRAG, IntakeVariabelen.BEZWAAR_DEADLINE));

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
		Object behoefte = zaak.getVariable(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE);
		data.put(IntakeVariabelen.ONDERSTEUNINGSBEHOEFTE, (behoefte == null) ? List.of() : List.of(behoefte));
		data.put("verordening", this.beleid.verordening());
		data.put("eigenBijdragePerMaand", this.beleid.eigenBijdragePerMaand());
		data.putAll(extra);
		return this.brieven.pdf(brief, data);
	}

	String mailtekst(VariableScope zaak, String onderwerp) {
		return this.brieven.text("brief-als-bijlage", Map.of("naam", zaak.getVariable(IntakeVariabelen.NAAM),
				"zaaknummer", zaak.getVariable(IntakeVariabelen.ZAAKNUMMER), "onderwerp", onderwerp));
	}

}
