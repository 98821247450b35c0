package nl.kantel.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Realistic data for each template, as a process would hand it over. */
final class Voorbeelden {

	static final GemeenteProperties GEMEENTE = new GemeenteProperties("Gemeente Voorbeeld",
			"Postbus 100, 1000 AA Voorbeeld", "14 0123", "info@gemeente.example", "https://www.gemeente.example",
			"https://www.gemeente.example/bezwaar", "Rechtbank Voorbeeld");

	private Voorbeelden() {
	}

	static Map<String, Object> ontvangstbevestiging() {
		Map<String, Object> data = new HashMap<>();
		data.put("zaaknummer", "WMO-2026-000042");
		data.put("naam", "J. de Vries");
		data.put("meldingDatum", "2026-11-14");
		data.put("persoonlijkPlanDeadline", "2026-11-23");
		data.put("onderzoekDeadline", "2026-12-28");
		data.put("onderwerp", "Wij hebben uw melding ontvangen (WMO-2026-000042)");
		return data;
	}

	static Map<String, Object> verslag(String uitkomst) {
		Map<String, Object> data = new HashMap<>();
		data.put("zaaknummer", "WMO-2026-000042");
		data.put("naam", "J. de Vries");
		data.put("meldingDatum", "2026-11-14");
		data.put("gesprekDatum", "2026-11-24");
		data.put("hulpvraag", "Sinds mijn heupoperatie kan ik het huishouden niet meer alleen doen.");
		data.put("ondersteuningsbehoefte", List.of("huishouden", "vervoer"));
		data.put("eigenKrachtVoldoende", false);
		data.put("netwerkVoldoende", false);
		data.put("algemeneVoorzieningPassend", false);
		data.put("clientondersteuningAangeboden", true);
		data.put("pgbGewenst", false);
		data.put("uitkomst", uitkomst);
		data.put("verslag", "Mevrouw woont alleen. Haar dochter woont in Groningen en kan niet vaak komen.");
		data.put("toestemmingDelen", true);
		data.put("aanvraagMogelijkTot", "2027-01-05");
		return data;
	}

	static Map<String, Object> beschikking(String besluit) {
		Map<String, Object> data = new HashMap<>();
		data.put("zaaknummer", "WMO-2026-000042");
		data.put("naam", "J. de Vries");
		data.put("aanvraagDatum", "2026-11-10");
		data.put("beschikkingDatum", "2026-11-16");
		data.put("ingangsdatum", "2026-11-16");
		data.put("verordening", "Verordening maatschappelijke ondersteuning Gemeente Voorbeeld 2025, artikel 6");
		data.put("eigenBijdragePerMaand", "21,00");
		data.put("besluit", besluit);
		data.put("productcategorie", "02");
		data.put("omvang", 3L);
		data.put("eenheid", "04");
		data.put("frequentie", "2");
		data.put("leveringsvorm", "zin");
		data.put("motivering", "U kunt uw dag niet meer zelf indelen. Uw netwerk kan dit niet overnemen.");
		data.put("bezwaarDeadline", "2026-12-28");
		return data;
	}

}
