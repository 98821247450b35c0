package nl.kantel.intake;

/** The process key and variable names of wmo-intake (CONTRACT.md), in one place. */
final class WmoIntake {

	static final String PROCESS_KEY = "wmo-intake";

	static final String BSN = "bsn";

	static final String NAAM = "naam";

	static final String HULPVRAAG = "hulpvraag";

	static final String MELDING_DATUM = "meldingDatum";

	static final String SPOED = "spoed";

	static final String EMAIL = "email";

	static final String ZAAKNUMMER = "zaaknummer";

	static final String ONDERZOEK_DEADLINE = "onderzoekDeadline";

	static final String PERSOONLIJK_PLAN_DEADLINE = "persoonlijkPlanDeadline";

	static final String PERSOONLIJK_PLAN = "persoonlijkPlan";

	static final String GESPREK_DATUM = "gesprekDatum";

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

	static final String AANVRAAG_DATUM = "aanvraagDatum";

	static final String BESCHIKKING_DEADLINE = "beschikkingDeadline";

	/** The days the beschikking term was suspended for aanvullingen, all together. */
	static final String BESCHIKKING_OPGESCHORTE_DAGEN = "beschikkingOpgeschorteDagen";

	/** Wmo 2.3.5 lid 3: a beschikking within two weeks after the aanvraag. */
	static final String BESCHIKKINGSTERMIJN = "P2W";

	static final String AANVULLING_NODIG = "aanvullingNodig";

	static final String AANVULLING_GEVRAAGD_OP = "aanvullingGevraagdOp";

	static final String HERSTELTERMIJN_DEADLINE = "hersteltermijnDeadline";

	static final String BESLUIT = "besluit";

	static final String PRODUCTCATEGORIE = "productcategorie";

	static final String OMVANG = "omvang";

	static final String EENHEID = "eenheid";

	static final String FREQUENTIE = "frequentie";

	static final String LEVERINGSVORM = "leveringsvorm";

	static final String KOSTEN_PER_JAAR = "kostenPerJaar";

	static final String MOTIVERING = "motivering";

	static final String BESCHIKKING_DATUM = "beschikkingDatum";

	static final String BEZWAAR_DEADLINE = "bezwaarDeadline";

	static final String TOEWIJZING_NUMMER = "toewijzingNummer";

	static final String BESCHIKKING_DOCUMENT = "beschikkingDocument";

	static final String RESULTAAT = "resultaat";

	static final String TOEKENNEN = "toekennen";

	static final String ZORG_IN_NATURA = "zin";

	static final String PGB = "pgb";

	private WmoIntake() {
	}

}
