package nl.kantel.transformatiefonds;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import nl.kantel.post.Geadresseerde;
import nl.kantel.post.Zaakbrieven;
import nl.kantel.termijn.TermijnExpressions;

/**
 * The fund's letters to the initiatiefnemer, each sent once from an asynchronous service
 * task of the model ({@code ${fondsPost.besluitVersturen(execution)}}), by e-mail. A copy
 * stays on the case as a PDF variable ({@code <brief>Document}, such as
 * {@code fondsBesluitDocument}), and the day it left is recorded where a term runs from
 * it.
 */
@Component("fondsPost")
public class FondsPost {

	/** The further term the reminder names, beside the term that passed. */
	private static final String NIEUWE_VERANTWOORDINGSDEADLINE = "nieuweVerantwoordingsdeadline";

	private final FondsBrieven brieven;

	private final Zaakbrieven zaakbrieven;

	private final TermijnExpressions termijn;

	FondsPost(FondsBrieven brieven, Zaakbrieven zaakbrieven, TermijnExpressions termijn) {
		this.brieven = brieven;
		this.zaakbrieven = zaakbrieven;
		this.termijn = termijn;
	}

	/** Receipt, the decision date and the steps until the decision. */
	public void ontvangstBevestigen(VariableScope zaak) {
		versturen(zaak, FondsBrieven.ONTVANGSTBEVESTIGING, "Wij hebben uw aanvraag ontvangen", (dag) -> Map.of());
	}

	/**
	 * Awb 4:5: asks for what is missing, with the fund's hersteltermijn; the decision
	 * term is suspended from the day after this letter left (Awb 4:15).
	 */
	public void aanvullingVragen(VariableScope zaak) {
		String hersteltermijn = this.brieven.instellingen(zaak).hersteltermijn();
		LocalDate verzonden = versturen(zaak, FondsBrieven.AANVULLING, "Wij hebben meer informatie nodig", (dag) -> Map
			.of(AanvraagVariabelen.HERSTELTERMIJN_DEADLINE, this.termijn.wettelijk(dag.toString(), hersteltermijn)));
		zaak.setVariable(AanvraagVariabelen.AANVULLING_GEVRAAGD_OP, verzonden.toString());
		zaak.setVariable(AanvraagVariabelen.HERSTELTERMIJN_DEADLINE,
				this.termijn.wettelijk(verzonden.toString(), hersteltermijn));
	}

	/**
	 * Awb 4:5: the beschikking that the aanvraag is not dealt with, the aanvulling not
	 * having come.
	 */
	public void buitenBehandelingVersturen(VariableScope zaak) {
		beschikkingVersturen(zaak, FondsBrieven.BUITEN_BEHANDELING, "Wij behandelen uw aanvraag niet");
	}

	/**
	 * The beschikking on the aanvraag: a grant (verleningsbeschikking, or vastgesteld at
	 * once), a refusal, or a refusal because the fund has no money left (Awb 4:25 lid 2).
	 */
	public void besluitVersturen(VariableScope zaak) {
		Object besluit = zaak.getVariable(AanvraagVariabelen.BESLUIT);
		boolean budgetOp = AanvraagVariabelen.AFGEWEZEN_BUDGET.equals(zaak.getVariable(AanvraagVariabelen.RESULTAAT));
		if (!budgetOp && !AanvraagVariabelen.TOEKENNEN.equals(besluit)
				&& !AanvraagVariabelen.AFWIJZEN.equals(besluit)) {
			throw new IllegalStateException("Zaak " + zaak.getVariable(AanvraagVariabelen.ZAAKNUMMER)
					+ " heeft geen besluit om te versturen: besluit '" + besluit + "', resultaat '"
					+ zaak.getVariable(AanvraagVariabelen.RESULTAAT) + "'");
		}
		beschikkingVersturen(zaak, FondsBrieven.BESLUIT, "Besluit over uw aanvraag voor subsidie");
	}

	/**
	 * Awb 4:14: the decision is late; names the new term and the right to an
	 * ingebrekestelling and a dwangsom.
	 */
	public void besluitTeLaat(VariableScope zaak) {
		versturen(zaak, FondsBrieven.BESLUIT_TE_LAAT, "Ons besluit op uw aanvraag is te laat", (dag) -> Map.of());
	}

	/**
	 * Awb 4:18: the dwangsom set by beschikking. Its bezwaar term is its own and does not
	 * replace the case's {@code bezwaarDeadline}.
	 */
	public void dwangsomVersturen(VariableScope zaak) {
		versturen(zaak, FondsBrieven.DWANGSOM, "Besluit over de dwangsom voor ons late besluit",
				(dag) -> Map.of(AanvraagVariabelen.BEZWAAR_DEADLINE, bezwaarDeadline(dag)));
	}

	/** A progress report due {@code voortgangDeadline} has not come. */
	public void voortgangHerinneren(VariableScope zaak) {
		versturen(zaak, FondsBrieven.VOORTGANG_HERINNERING, "Herinnering: wij wachten op uw voortgangsverslag",
				(dag) -> Map.of());
	}

	/**
	 * Awb 4:44 lid 3: the eindverantwoording did not come; a further term of the fund's
	 * {@code verantwoording-nafrist}, after which the subsidy is vastgesteld ambtshalve.
	 */
	public void verantwoordingAanmanen(VariableScope zaak) {
		String nafrist = this.brieven.instellingen(zaak).verantwoordingNafrist();
		LocalDate verzonden = versturen(zaak, FondsBrieven.VERANTWOORDING_AANMANING, "Wij wachten op uw verantwoording",
				(dag) -> Map.of(NIEUWE_VERANTWOORDINGSDEADLINE, this.termijn.wettelijk(dag.toString(), nafrist)));
		zaak.setVariable(AanvraagVariabelen.EINDVERANTWOORDING_DEADLINE,
				this.termijn.wettelijk(verzonden.toString(), nafrist));
		zaak.setVariable(AanvraagVariabelen.VERANTWOORDING_AANGEMAAND, true);
	}

	/**
	 * Awb 4:46: the vaststellingsbeschikking, with a nabetaling or a terugvordering (Awb
	 * 4:57).
	 */
	public void vaststellingVersturen(VariableScope zaak) {
		Object vaststellingDatum = zaak.getVariable(AanvraagVariabelen.VASTSTELLING_DATUM);
		LocalDate verzonden = versturen(zaak, FondsBrieven.VASTSTELLING, "Vaststelling van uw subsidie",
				(dag) -> Map.of(AanvraagVariabelen.VASTSTELLING_DATUM,
						(vaststellingDatum != null) ? vaststellingDatum : dag.toString(),
						AanvraagVariabelen.BEZWAAR_DEADLINE, bezwaarDeadline(dag)));
		if (vaststellingDatum == null) {
			zaak.setVariable(AanvraagVariabelen.VASTSTELLING_DATUM, verzonden.toString());
		}
		zaak.setVariable(AanvraagVariabelen.VASTSTELLING_VERZONDEN, verzonden.toString());
		zaak.setVariable(AanvraagVariabelen.BEZWAAR_DEADLINE, bezwaarDeadline(verzonden));
	}

	/**
	 * A beschikking takes effect by being sent, and the bezwaar term of six weeks runs
	 * from the next day (Awb 3:41, 6:7, 6:8), the Atw applied to its end. Without a
	 * {@code beschikkingDatum} the beschikking is dated the day it left.
	 */
	private void beschikkingVersturen(VariableScope zaak, String brief, String onderwerp) {
		Object beschikkingDatum = zaak.getVariable(AanvraagVariabelen.BESCHIKKING_DATUM);
		LocalDate verzonden = versturen(zaak, brief, onderwerp,
				(dag) -> Map.of(AanvraagVariabelen.BESCHIKKING_DATUM,
						(beschikkingDatum != null) ? beschikkingDatum : dag.toString(),
						AanvraagVariabelen.BEZWAAR_DEADLINE, bezwaarDeadline(dag)));
		if (beschikkingDatum == null) {
			zaak.setVariable(AanvraagVariabelen.BESCHIKKING_DATUM, verzonden.toString());
		}
		zaak.setVariable(AanvraagVariabelen.BESCHIKKING_VERZONDEN, verzonden.toString());
		zaak.setVariable(AanvraagVariabelen.BEZWAAR_DEADLINE, bezwaarDeadline(verzonden));
	}

	private String bezwaarDeadline(LocalDate verzonden) {
		return this.termijn.wettelijk(verzonden.toString(), AanvraagVariabelen.BEZWAARTERMIJN.toString());
	}

	/**
	 * @param extraOp the values of the letter that depend on the day it leaves
	 * @return the day the letter left
	 */
	private LocalDate versturen(VariableScope zaak, String brief, String onderwerp,
			Function<LocalDate, Map<String, Object>> extraOp) {
		String zaaknummer = (String) zaak.getVariable(AanvraagVariabelen.ZAAKNUMMER);
		String onderwerpMetZaak = onderwerp + " (" + zaaknummer + ")";
		return this.zaakbrieven.versturen(zaak, zaaknummer, brief, geadresseerde(zaak), onderwerpMetZaak,
				this.brieven.mailtekst(zaak, onderwerpMetZaak),
				(dag) -> this.brieven.pdf(brief, zaak, extraOp.apply(dag)));
	}

	private static Geadresseerde geadresseerde(VariableScope zaak) {
		return new Geadresseerde((String) zaak.getVariable(AanvraagVariabelen.INITIATIEFNEMER),
				(String) zaak.getVariable(AanvraagVariabelen.EMAIL), null, null);
	}

}
