package nl.kantel.intake;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.kantel.post.Geadresseerde;
import nl.kantel.post.Zaakbrieven;
import nl.kantel.termijn.TermijnExpressions;

/**
 * The intake's letters to the resident, each sent once from an asynchronous service task
 * of the model: by e-mail when the resident gave an address, else by post. A copy stays
 * on the case as a PDF variable ({@code <brief>Document}), and the day it left is
 * recorded where a term runs from it.
 */
@Component("intakePost")
public class IntakePost {

	private final IntakeBrieven brieven;

	private final Zaakbrieven zaakbrieven;

	private final TermijnExpressions termijn;

	private final IntakeProperties properties;

	IntakePost(IntakeBrieven brieven, Zaakbrieven zaakbrieven, TermijnExpressions termijn,
			IntakeProperties properties) {
		this.brieven = brieven;
		this.zaakbrieven = zaakbrieven;
		this.termijn = termijn;
		this.properties = properties;
	}

	/**
	 * Wmo 2.3.2 lid 1-3: receipt, the 7 days for a persoonlijk plan, free
	 * cliëntondersteuning.
	 */
	public void ontvangstBevestigen(DelegateExecution zaak) {
		versturen(zaak, IntakeBrieven.ONTVANGSTBEVESTIGING, "Wij hebben uw melding ontvangen", (dag) -> Map.of());
	}

	/**
	 * Wmo 2.3.2 lid 8; the resident may apply until the date it names, counted from the
	 * day it left as the timers of the model count.
	 */
	public void verslagVersturen(DelegateExecution zaak) {
		LocalDate verzonden = versturen(zaak, IntakeBrieven.VERSLAG, "Verslag van uw gesprek met de gemeente",
				(dag) -> Map.of(IntakeVariabelen.AANVRAAG_MOGELIJK_TOT, aanvraagMogelijkTot(dag)));
		zaak.setVariable(IntakeVariabelen.AANVRAAG_MOGELIJK_TOT, aanvraagMogelijkTot(verzonden));
		zaak.setVariable(IntakeVariabelen.VERSLAG_VERZONDEN, verzonden.toString());
	}

	/**
	 * Awb 4:5: asks for what is missing, with the hersteltermijn. The beschikking term is
	 * suspended from the day after this letter left (Awb 4:15).
	 */
	public void aanvullingVragen(DelegateExecution zaak) {
		LocalDate verzonden = versturen(zaak, IntakeBrieven.AANVULLING, "Wij hebben meer informatie nodig",
				(dag) -> Map.of(IntakeVariabelen.HERSTELTERMIJN_DEADLINE, hersteltermijnDeadline(dag)));
		zaak.setVariable(IntakeVariabelen.AANVULLING_GEVRAAGD_OP, verzonden.toString());
		zaak.setVariable(IntakeVariabelen.HERSTELTERMIJN_DEADLINE, hersteltermijnDeadline(verzonden));
	}

	public void aanvraagHerinneren(DelegateExecution zaak) {
		versturen(zaak, IntakeBrieven.AANVRAAG_HERINNERING, "Herinnering: u kunt nog een aanvraag doen",
				(dag) -> Map.of());
	}

	/**
	 * Sends the beschikking; it takes effect by being sent, and the bezwaar term of six
	 * weeks runs from the next day (Awb 3:41, 6:7, 6:8), the Atw applied to its end.
	 */
	public void beschikkingVersturen(DelegateExecution zaak) {
		LocalDate verzonden = versturen(zaak, IntakeBrieven.BESCHIKKING, "Besluit over uw aanvraag",
				(dag) -> Map.of(IntakeVariabelen.BEZWAAR_DEADLINE, bezwaarDeadline(dag)));
		zaak.setVariable(IntakeVariabelen.BESCHIKKING_VERZONDEN, verzonden.toString());
		zaak.setVariable(IntakeVariabelen.BEZWAAR_DEADLINE, bezwaarDeadline(verzonden));
	}

	/**
	 * Awb 4:14 for the onderzoek: no dwangsom, but the resident may apply now (Wmo 2.3.2
	 * lid 9).
	 */
	public void onderzoekTeLaat(DelegateExecution zaak) {
		versturen(zaak, IntakeBrieven.ONDERZOEK_TE_LAAT, "Het onderzoek duurt langer dan 6 weken", (dag) -> Map.of());
	}

	/**
	 * Awb 4:14 for the beschikking: a new term, and the resident's right to a dwangsom.
	 */
	public void beschikkingTeLaat(DelegateExecution zaak) {
		versturen(zaak, IntakeBrieven.BESCHIKKING_TE_LAAT, "Ons besluit op uw aanvraag is te laat", (dag) -> Map.of());
	}

	/** Awb 4:18: the dwangsom set by beschikking, with its own bezwaar clause. */
	public void dwangsomVersturen(DelegateExecution zaak) {
		versturen(zaak, IntakeBrieven.DWANGSOM, "Besluit over de dwangsom voor ons late besluit",
				(dag) -> Map.of(IntakeVariabelen.BEZWAAR_DEADLINE, bezwaarDeadline(dag)));
	}

	private String aanvraagMogelijkTot(LocalDate verzonden) {
		return this.termijn.periodeNa(verzonden.toString(), this.properties.aanvraagAfwachten());
	}

	private String hersteltermijnDeadline(LocalDate verzonden) {
		return this.termijn.wettelijk(verzonden.toString(), this.properties.hersteltermijn());
	}

	private String bezwaarDeadline(LocalDate verzonden) {
		return this.termijn.wettelijk(verzonden.toString(), IntakeVariabelen.BEZWAARTERMIJN);
	}

	/**
	 * @param extraOp the values of the letter that are not (yet) on the case, for the day
	 * it leaves
	 * @return the day the letter left
	 */
	private LocalDate versturen(DelegateExecution zaak, String brief, String onderwerp,
			Function<LocalDate, Map<String, Object>> extraOp) {
		String zaaknummer = (String) zaak.getVariable(IntakeVariabelen.ZAAKNUMMER);
		String onderwerpMetZaak = onderwerp + " (" + zaaknummer + ")";
		return this.zaakbrieven.versturen(zaak, zaaknummer, brief, geadresseerde(zaak), onderwerpMetZaak,
				this.brieven.mailtekst(zaak, onderwerpMetZaak),
				(dag) -> this.brieven.pdf(brief, zaak, extraOp.apply(dag)));
	}

	/** {@code beschikking-te-laat} is kept as {@code beschikkingTeLaatDocument}. */
	static String documentVariabele(String brief) {
		return Zaakbrieven.documentVariabele(brief);
	}

	private static Geadresseerde geadresseerde(DelegateExecution zaak) {
		return new Geadresseerde((String) zaak.getVariable(IntakeVariabelen.NAAM),
				(String) zaak.getVariable(IntakeVariabelen.EMAIL),
				(String) zaak.getVariable(IntakeVariabelen.POSTADRES),
				(String) zaak.getVariable(IntakeVariabelen.VERTEGENWOORDIGER));
	}

}
