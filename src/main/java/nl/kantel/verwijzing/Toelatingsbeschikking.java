package nl.kantel.verwijzing;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.kantel.brief.Brieven;
import nl.kantel.post.Brief;
import nl.kantel.post.Brievenpost;
import nl.kantel.post.Geadresseerde;
import nl.kantel.termijn.BusinessCalendar;
import nl.kantel.termijn.TermijnExpressions;

/**
 * The beschikking on the toelating to schuldhulp (Wgs) as a letter with the bezwaar
 * clause, sent once: by e-mail with the PDF when the resident's address is known, else by
 * post. The bezwaar term runs from the day after the letter left (Awb 3:41, 6:7, 6:8), so
 * the letter is dated and its bezwaar deadline counted from that day.
 */
@Component
class Toelatingsbeschikking {

	static final String SJABLOON = "toelating-schuldhulp";

	/**
	 * The short mail that carries a letter as its attachment, the same for every letter.
	 */
	static final String MAILTEKST = "brief-als-bijlage";

	private final Brieven brieven;

	private final Brievenpost brievenpost;

	private final BusinessCalendar kalender;

	private final TermijnExpressions termijn;

	private final VerwijzingProperties properties;

	Toelatingsbeschikking(Brieven brieven, Brievenpost brievenpost, BusinessCalendar kalender,
			TermijnExpressions termijn, VerwijzingProperties properties) {
		this.brieven = brieven;
		this.brievenpost = brievenpost;
		this.kalender = kalender;
		this.termijn = termijn;
		this.properties = properties;
	}

	Verzonden verzenden(Beschikking beschikking) {
		LocalDate vandaag = LocalDate.parse(this.termijn.vandaag());
		byte[] pdf = pdf(beschikking, vandaag);
		String onderwerp = "Besluit over schuldhulp (" + beschikking.zaaknummer() + ")";
		Brief brief = new Brief(beschikking.zaaknummer() + "/toelating", beschikking.aan(), onderwerp,
				mailtekst(beschikking, onderwerp), "beschikking-schuldhulp-" + beschikking.zaaknummer() + ".pdf", pdf);
		LocalDate verzonden = this.brievenpost.verzenden(brief);
		if (!verzonden.equals(vandaag)) {
			// A retry after the letter had left: the letter that went out was dated then.
			pdf = pdf(beschikking, verzonden);
		}
		return new Verzonden(verzonden, bezwaarDeadline(verzonden), pdf);
	}

	/** Awb 6:7, 6:8: six weeks from the day after sending, then the Atw. */
	LocalDate bezwaarDeadline(LocalDate verzonden) {
		return this.kalender.legalDeadline(verzonden, Period.parse(VerwijzingVariabelen.BEZWAARTERMIJN));
	}

	private String mailtekst(Beschikking beschikking, String onderwerp) {
		String naam = beschikking.aan().naam();
		return this.brieven.text(MAILTEKST, Map.of("naam", (naam != null) ? naam : "inwoner", "zaaknummer",
				beschikking.zaaknummer(), "onderwerp", onderwerp));
	}

	private byte[] pdf(Beschikking beschikking, LocalDate datum) {
		return this.brieven.pdf(SJABLOON, gegevens(beschikking, datum));
	}

	private Map<String, Object> gegevens(Beschikking beschikking, LocalDate datum) {
		Map<String, Object> gegevens = new HashMap<>();
		gegevens.put("zaaknummer", beschikking.zaaknummer());
		gegevens.put("naam", beschikking.aan().naam());
		gegevens.put("postadres", beschikking.aan().postadres());
		gegevens.put("vertegenwoordiger", beschikking.aan().vertegenwoordiger());
		gegevens.put("datum", datum.toString());
		gegevens.put("verzoekDatum", beschikking.verzoekDatum());
		gegevens.put("zelfmelding", beschikking.zelfmelding());
		gegevens.put("toegelaten", beschikking.toegelaten());
		String motivering = beschikking.motivering();
		gegevens.put("motivering", (motivering == null || motivering.isBlank()) ? null : motivering);
		gegevens.put("bezwaarDeadline", bezwaarDeadline(datum).toString());
		gegevens.put("grondslag", this.properties.toelatingGrondslag());
		return gegevens;
	}

	/**
	 * @param zaaknummer the verwijzing's zaaknummer, on the letter and in its key
	 * @param aan the resident, from the hoofdzaak or unknown
	 * @param verzoekDatum the day of the referral (ISO)
	 * @param zelfmelding whether the resident asked for help themselves rather than being
	 * referred
	 * @param toegelaten whether the resident gets schuldhulp
	 * @param motivering the reasons, required for a refusal
	 */
	record Beschikking(String zaaknummer, Geadresseerde aan, String verzoekDatum, boolean zelfmelding,
			boolean toegelaten, String motivering) {
	}

	/**
	 * @param verzonden the day the letter left
	 * @param bezwaarDeadline the last day of the bezwaar term
	 * @param pdf the letter as it went out
	 */
	record Verzonden(LocalDate verzonden, LocalDate bezwaarDeadline, byte[] pdf) {
	}

}
