package nl.kantel.intake;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import nl.kantel.post.Brief;
import nl.kantel.post.Brievenpost;
import nl.kantel.post.Geadresseerde;
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

	private final Brievenpost post;

	private final TermijnExpressions termijn;

	private final IntakeProperties properties;

	IntakePost(IntakeBrieven brieven, Brievenpost post, TermijnExpressions termijn, IntakeProperties properties) {
		this.brieven = brieven;
		this.post = post;
		this.termijn = termijn;
		this.properties = properties;
	}

	/**
	 * Wmo 2.3.2 lid 1-3: receipt, the 7 days for a persoonlijk plan, free
	 * cliëntondersteuning.
	 */
	public void ontvangstBevestigen(DelegateExecution zaak) {
		versturen(zaak, IntakeBrieven.ONTVANGSTBEVESTIGING, "Wij hebben uw melding ontvangen", Map.of());
	}

	/** Wmo 2.3.2 lid 8; the resident may apply until the date it names. */
	public void verslagVersturen(DelegateExecution zaak) {
		String aanvraagMogelijkTot = this.termijn.periodeNa(this.termijn.vandaag(),
				this.properties.aanvraagAfwachten());
		zaak.setVariable(IntakeVariabelen.AANVRAAG_MOGELIJK_TOT, aanvraagMogelijkTot);
		LocalDate verzonden = versturen(zaak, IntakeBrieven.VERSLAG, "Verslag van uw gesprek met de gemeente",
				Map.of());
		zaak.setVariable(IntakeVariabelen.VERSLAG_VERZONDEN, verzonden.toString());
	}

	/**
	 * Awb 4:5: asks for what is missing, with the hersteltermijn. The beschikking term is
	 * suspended from the day after this letter left (Awb 4:15).
	 */
	public void aanvullingVragen(DelegateExecution zaak) {
		String hersteltermijn = this.termijn.wettelijk(this.termijn.vandaag(), this.properties.hersteltermijn());
		LocalDate verzonden = versturen(zaak, IntakeBrieven.AANVULLING, "Wij hebben meer informatie nodig",
				Map.of(IntakeVariabelen.HERSTELTERMIJN_DEADLINE, hersteltermijn));
		zaak.setVariable(IntakeVariabelen.AANVULLING_GEVRAAGD_OP, verzonden.toString());
		zaak.setVariable(IntakeVariabelen.HERSTELTERMIJN_DEADLINE,
				this.termijn.wettelijk(verzonden.toString(), this.properties.hersteltermijn()));
	}

	public void aanvraagHerinneren(DelegateExecution zaak) {
		versturen(zaak, IntakeBrieven.AANVRAAG_HERINNERING, "Herinnering: u kunt nog een aanvraag doen", Map.of());
	}

	/**
	 * Sends the beschikking; it takes effect by being sent, and the bezwaar term of six
	 * weeks runs from the next day (Awb 3:41, 6:7, 6:8), the Atw applied to its end.
	 */
	public void beschikkingVersturen(DelegateExecution zaak) {
		String vandaag = this.termijn.vandaag();
		LocalDate verzonden = versturen(zaak, IntakeBrieven.BESCHIKKING, "Besluit over uw aanvraag", Map
			.of(IntakeVariabelen.BEZWAAR_DEADLINE, this.termijn.wettelijk(vandaag, IntakeVariabelen.BEZWAARTERMIJN)));
		zaak.setVariable(IntakeVariabelen.BESCHIKKING_VERZONDEN, verzonden.toString());
		zaak.setVariable(IntakeVariabelen.BEZWAAR_DEADLINE,
				this.termijn.wettelijk(verzonden.toString(), IntakeVariabelen.BEZWAARTERMIJN));
	}

	/**
	 * Awb 4:14 for the onderzoek: no dwangsom, but the resident may apply now (Wmo 2.3.2
	 * lid 9).
	 */
	public void onderzoekTeLaat(DelegateExecution zaak) {
		versturen(zaak, IntakeBrieven.ONDERZOEK_TE_LAAT, "Het onderzoek duurt langer dan 6 weken", Map.of());
	}

	/**
	 * Awb 4:14 for the beschikking: a new term, and the resident's right to a dwangsom.
	 */
	public void beschikkingTeLaat(DelegateExecution zaak) {
		versturen(zaak, IntakeBrieven.BESCHIKKING_TE_LAAT, "Ons besluit op uw aanvraag is te laat", Map.of());
	}

	/** Awb 4:18: the dwangsom set by beschikking, with its own bezwaar clause. */
	public void dwangsomVersturen(DelegateExecution zaak) {
		String vandaag = this.termijn.vandaag();
		versturen(zaak, IntakeBrieven.DWANGSOM, "Besluit over de dwangsom voor ons late besluit", Map
			.of(IntakeVariabelen.BEZWAAR_DEADLINE, this.termijn.wettelijk(vandaag, IntakeVariabelen.BEZWAARTERMIJN)));
	}

	private LocalDate versturen(DelegateExecution zaak, String brief, String onderwerp, Map<String, Object> extra) {
		String zaaknummer = (String) zaak.getVariable(IntakeVariabelen.ZAAKNUMMER);
		byte[] pdf = this.brieven.pdf(brief, zaak, extra);
		String bestandsnaam = brief + "-" + zaaknummer + ".pdf";
		zaak.setVariable(naamVoor(brief, "Document"),
				Variables.fileValue(bestandsnaam).file(pdf).mimeType("application/pdf").create());
		String onderwerpMetZaak = onderwerp + " (" + zaaknummer + ")";
		// The same kind of letter may go more than once (a second aanvulling); the count
		// is stored in the step that sends, so a retried job finds the same key.
		String teller = naamVoor(brief, "Aantal");
		long nummer = ((zaak.getVariable(teller) instanceof Number eerder) ? eerder.longValue() : 0) + 1;
		LocalDate verzonden = this.post
			.verzenden(new Brief(zaaknummer + "/" + brief + "/" + nummer, geadresseerde(zaak), onderwerpMetZaak,
					this.brieven.mailtekst(zaak, onderwerpMetZaak), bestandsnaam, pdf));
		zaak.setVariable(teller, nummer);
		return verzonden;
	}

	/** {@code beschikking-te-laat} is kept as {@code beschikkingTeLaatDocument}. */
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
		return new Geadresseerde((String) zaak.getVariable(IntakeVariabelen.NAAM),
				(String) zaak.getVariable(IntakeVariabelen.EMAIL),
				(String) zaak.getVariable(IntakeVariabelen.POSTADRES),
				(String) zaak.getVariable(IntakeVariabelen.VERTEGENWOORDIGER));
	}

}
