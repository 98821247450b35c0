package nl.kantel.transformatiefonds;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import nl.kantel.post.Brief;
import nl.kantel.post.Brievenpost;
import nl.kantel.post.Geadresseerde;
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

	private final FondsBrieven brieven;

	private final Brievenpost post;

	private final TermijnExpressions termijn;

	FondsPost(FondsBrieven brieven, Brievenpost post, TermijnExpressions termijn) {
		this.brieven = brieven;
		this.post = post;
		this.termijn = termijn;
	}

	/** Receipt, the decision date and the steps until the decision. */
	public void ontvangstBevestigen(DelegateExecution zaak) {
		versturen(zaak, FondsBrieven.ONTVANGSTBEVESTIGING, "Wij hebben uw aanvraag ontvangen", (dag) -> Map.of());
	}

	/**
	 * Awb 4:5: asks for what is missing, with the fund's hersteltermijn; the decision
	 * term is suspended from the day after this letter left (Awb 4:15).
	 */
	public void aanvullingVragen(DelegateExecution zaak) {
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
	public void buitenBehandelingVersturen(DelegateExecution zaak) {
		beschikkingVersturen(zaak, FondsBrieven.BUITEN_BEHANDELING, "Wij behandelen uw aanvraag niet");
	}

	/**
	 * The beschikking on the aanvraag: a grant (verleningsbeschikking, or vastgesteld at
	 * once), a refusal, or a refusal because the fund has no money left (Awb 4:25 lid 2).
	 */
	public void besluitVersturen(DelegateExecution zaak) {
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
	public void besluitTeLaat(DelegateExecution zaak) {
		versturen(zaak, FondsBrieven.BESLUIT_TE_LAAT, "Ons besluit op uw aanvraag is te laat", (dag) -> Map.of());
	}

	/**
	 * Awb 4:18: the dwangsom set by beschikking. Its bezwaar term is its own and does not
	 * replace the case's {@code bezwaarDeadline}.
	 */
	public void dwangsomVersturen(DelegateExecution zaak) {
		versturen(zaak, FondsBrieven.DWANGSOM, "Besluit over de dwangsom voor ons late besluit",
				(dag) -> Map.of(AanvraagVariabelen.BEZWAAR_DEADLINE, bezwaarDeadline(dag)));
	}

	/** A progress report due {@code voortgangDeadline} has not come. */
	public void voortgangHerinneren(DelegateExecution zaak) {
		versturen(zaak, FondsBrieven.VOORTGANG_HERINNERING, "Herinnering: wij wachten op uw voortgangsverslag",
				(dag) -> Map.of());
	}

	/**
	 * Awb 4:46: the vaststellingsbeschikking, with a nabetaling or a terugvordering (Awb
	 * 4:57).
	 */
	public void vaststellingVersturen(DelegateExecution zaak) {
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
	private void beschikkingVersturen(DelegateExecution zaak, String brief, String onderwerp) {
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
	 * Sends the letter made for today; a retried job whose letter already left on an
	 * earlier day makes it again for that day, so the copy on the case is what the
	 * initiatiefnemer received.
	 * @param extraOp the values of the letter that depend on the day it leaves
	 * @return the day the letter left
	 */
	private LocalDate versturen(DelegateExecution zaak, String brief, String onderwerp,
			Function<LocalDate, Map<String, Object>> extraOp) {
		String zaaknummer = (String) zaak.getVariable(AanvraagVariabelen.ZAAKNUMMER);
		LocalDate vandaag = LocalDate.parse(this.termijn.vandaag());
		byte[] pdf = this.brieven.pdf(brief, zaak, new HashMap<>(extraOp.apply(vandaag)));
		String bestandsnaam = brief + "-" + zaaknummer + ".pdf";
		String onderwerpMetZaak = onderwerp + " (" + zaaknummer + ")";
		// The same kind of letter may go more than once (a second aanvulling, a reminder
		// per
		// report); the count is stored in the step that sends, so a retried job finds the
		// same key.
		String teller = naamVoor(brief, "Aantal");
		long nummer = ((zaak.getVariable(teller) instanceof Number eerder) ? eerder.longValue() : 0) + 1;
		LocalDate verzonden = this.post
			.verzenden(new Brief(zaaknummer + "/" + brief + "/" + nummer, geadresseerde(zaak), onderwerpMetZaak,
					this.brieven.mailtekst(zaak, onderwerpMetZaak), bestandsnaam, pdf));
		if (!verzonden.equals(vandaag)) {
			pdf = this.brieven.pdf(brief, zaak, new HashMap<>(extraOp.apply(verzonden)));
		}
		zaak.setVariable(documentVariabele(brief),
				Variables.fileValue(bestandsnaam).file(pdf).mimeType("application/pdf").create());
		zaak.setVariable(teller, nummer);
		return verzonden;
	}

	/** {@code fonds-besluit-te-laat} is kept as {@code fondsBesluitTeLaatDocument}. */
	static String documentVariabele(String brief) {
		return naamVoor(brief, "Document");
	}

	private static String naamVoor(String brief, String achtervoegsel) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : brief.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.append(achtervoegsel).toString();
	}

	private static Geadresseerde geadresseerde(DelegateExecution zaak) {
		return new Geadresseerde((String) zaak.getVariable(AanvraagVariabelen.INITIATIEFNEMER),
				(String) zaak.getVariable(AanvraagVariabelen.EMAIL), null, null);
	}

}
