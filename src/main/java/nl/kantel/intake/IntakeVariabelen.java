package nl.kantel.intake;

/** The process key and variable names of wmo-intake (CONTRACT.md), in one place. */
final class IntakeVariabelen {

	static final String PROCESS_KEY = "wmo-intake";

	static final String BSN = "bsn";

	static final String NAAM = "naam";

	static final String HULPVRAAG = "hulpvraag";

	static final String MELDING_DATUM = "meldingDatum";

	static final String SPOED = "spoed";

	static final String EMAIL = "email";

	static final String POSTADRES = "postadres";

	/**
	 * Name and role of a representative (curator, bewindvoerder); letters are addressed
	 * to them too.
	 */
	static final String VERTEGENWOORDIGER = "vertegenwoordiger";

	static final String ZAAKNUMMER = "zaaknummer";

	static final String ONDERZOEK_DEADLINE = "onderzoekDeadline";

	static final String PERSOONLIJK_PLAN_DEADLINE = "persoonlijkPlanDeadline";

	static final String PERSOONLIJK_PLAN = "persoonlijkPlan";

	static final String GESPREK_DATUM = "gesprekDatum";

	static final String GESPREK_VORM = "gesprekVorm";

	/** The resident wants no keukentafelgesprek; the onderzoek goes on what is known. */
	static final String GEEN_GESPREK = "geen-gesprek";

	static final String ONDERSTEUNINGSBEHOEFTE = "ondersteuningsbehoefte";

	static final String EIGEN_KRACHT_VOLDOENDE = "eigenKrachtVoldoende";

	static final String NETWERK_VOLDOENDE = "netwerkVoldoende";

	static final String ALGEMENE_VOORZIENING_PASSEND = "algemeneVoorzieningPassend";

	static final String CLIENTONDERSTEUNING_AANGEBODEN = "clientondersteuningAangeboden";

	static final String PGB_GEWENST = "pgbGewenst";

	static final String TOESTEMMING_DELEN = "toestemmingDelen";

	/**
	 * With schulden: eviction or a cut-off threatens (schuldhulp within 3 working days).
	 */
	static final String DREIGENDE_SITUATIE = "dreigendeSituatie";

	static final String UITKOMST = "uitkomst";

	static final String VERWIJSDOEL = "verwijsdoel";

	static final String VERSLAG = "verslag";

	static final String VERSLAG_DOCUMENT = "verslagDocument";

	static final String VERSLAG_VERZONDEN = "verslagVerzonden";

	/** The last day the verslag letter names for an aanvraag before the case closes. */
	static final String AANVRAAG_MOGELIJK_TOT = "aanvraagMogelijkTot";

	static final String AANVRAAG_DATUM = "aanvraagDatum";

	static final String BESCHIKKING_DEADLINE = "beschikkingDeadline";

	/** The days the beschikking term was suspended for aanvullingen, all together. */
	static final String BESCHIKKING_OPGESCHORTE_DAGEN = "beschikkingOpgeschorteDagen";

	/** Wmo 2.3.2 lid 1: the onderzoek within six weeks after the melding. */
	static final String ONDERZOEKSTERMIJN = "P6W";

	/** Wmo 2.3.2 lid 2: a persoonlijk plan within seven days after the melding. */
	static final String PERSOONLIJK_PLAN_TERMIJN = "P7D";

	/** Wmo 2.3.5 lid 3: a beschikking within two weeks after the aanvraag. */
	static final String BESCHIKKINGSTERMIJN = "P2W";

	static final String AANVULLING_NODIG = "aanvullingNodig";

	static final String AANVULLING_GEVRAAGD_OP = "aanvullingGevraagdOp";

	static final String HERSTELTERMIJN_DEADLINE = "hersteltermijnDeadline";

	/** What the resident is asked to send (Awb 4:5), for the letter. */
	static final String GEVRAAGDE_AANVULLING = "gevraagdeAanvulling";

	/** Whether the last hersteltermijn ended without the aanvulling. */
	static final String AANVULLING_UITGEBLEVEN = "aanvullingUitgebleven";

	static final String BESLUIT = "besluit";

	static final String PRODUCTCATEGORIE = "productcategorie";

	static final String OMVANG = "omvang";

	static final String EENHEID = "eenheid";

	static final String FREQUENTIE = "frequentie";

	static final String LEVERINGSVORM = "leveringsvorm";

	static final String KOSTEN_PER_JAAR = "kostenPerJaar";

	static final String MOTIVERING = "motivering";

	static final String INGANGSDATUM = "ingangsdatum";

	static final String EINDDATUM = "einddatum";

	static final String BESCHIKKING_DATUM = "beschikkingDatum";

	static final String BEZWAAR_DEADLINE = "bezwaarDeadline";

	/**
	 * The day the beschikking letter left; the bezwaar term runs from the next day (Awb
	 * 3:41, 6:8).
	 */
	static final String BESCHIKKING_VERZONDEN = "beschikkingVerzonden";

	/** Awb 6:7: bezwaar within six weeks. */
	static final String BEZWAARTERMIJN = "P6W";

	/**
	 * The new, shortest possible term named to the resident after a missed one (Awb
	 * 4:14).
	 */
	static final String NIEUWE_TERMIJN = "nieuweTermijn";

	static final String INGEBREKESTELLING_DATUM = "ingebrekestellingDatum";

	static final String DWANGSOM_VANAF = "dwangsomVanaf";

	static final String DWANGSOM_DAGEN = "dwangsomDagen";

	static final String DWANGSOM_BEDRAG = "dwangsomBedrag";

	/** Awb 4:18: the dwangsom is set within two weeks after the last day owed. */
	static final String DWANGSOM_BESCHIKKING_DEADLINE = "dwangsomBeschikkingDeadline";

	static final String TOEWIJZING_NUMMER = "toewijzingNummer";

	static final String BESCHIKKING_DOCUMENT = "beschikkingDocument";

	static final String RESULTAAT = "resultaat";

	static final String TOEKENNEN = "toekennen";

	static final String AFWIJZEN = "afwijzen";

	static final String BUITEN_BEHANDELING = "buiten-behandeling";

	static final String ZORG_IN_NATURA = "zin";

	static final String PGB = "pgb";

	private IntakeVariabelen() {
	}

}
