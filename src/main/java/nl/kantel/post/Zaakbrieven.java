package nl.kantel.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Sends a case's letter through {@link Brievenpost} from an asynchronous step, the way
 * every process does: made for today, and made again for the day it first left when a
 * retried job finds it sent before, so that the copy on the case and the terms counted
 * from the sending are what the addressee received.
 */
@Component
public class Zaakbrieven {

	private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

	private final Brievenpost post;

	Zaakbrieven(Brievenpost post) {
		this.post = post;
	}

	/**
	 * Sends the letter {@code brief} of the case and keeps its PDF on the case as
	 * {@code <brief>Document}. The same kind of letter may go more than once (a second
	 * aanvulling, a reminder per report): the case counts them in {@code <brief>Aantal},
	 * and the key is {@code <zaaknummer>/<brief>/<n>}. The count is stored by the step
	 * that sends, so a retried job finds the same key.
	 * @param zaak the case, or the step that sends
	 * @param brief the letter's template name, such as {@code beschikking-te-laat}
	 * @param onderwerp the mail's subject
	 * @param mailtekst the body of the mail that carries the PDF
	 * @param pdfOp the letter made for the day it leaves
	 * @return the day the letter left, in the Netherlands
	 */
	public LocalDate versturen(VariableScope zaak, String zaaknummer, String brief, Geadresseerde aan, String onderwerp,
			String mailtekst, Function<LocalDate, byte[]> pdfOp) {
		String teller = naamVoor(brief, "Aantal");
		long nummer = ((zaak.getVariable(teller) instanceof Number eerder) ? eerder.longValue() : 0) + 1;
		String bestandsnaam = brief + "-" + zaaknummer + ".pdf";
		Verzonden verzonden = verzenden((dag) -> new Brief(zaaknummer + "/" + brief + "/" + nummer, aan, onderwerp,
				mailtekst, bestandsnaam, pdfOp.apply(dag)));
		zaak.setVariable(documentVariabele(brief),
				Variables.fileValue(bestandsnaam).file(verzonden.brief().pdf()).mimeType("application/pdf").create());
		zaak.setVariable(teller, nummer);
		return verzonden.dag();
	}

	/**
	 * Sends the letter made for today; when it left on an earlier day (a retried job),
	 * the letter made for that day is the one returned.
	 * @param briefOp the letter made for the day it leaves, under the same key for every
	 * day
	 */
	public Verzonden verzenden(Function<LocalDate, Brief> briefOp) {
		LocalDate vandaag = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), NEDERLAND);
		Brief brief = briefOp.apply(vandaag);
		LocalDate verzonden = this.post.verzenden(brief);
		return new Verzonden(verzonden, verzonden.equals(vandaag) ? brief : briefOp.apply(verzonden));
	}

	/** {@code beschikking-te-laat} is kept as {@code beschikkingTeLaatDocument}. */
	public static String documentVariabele(String brief) {
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

	/**
	 * @param dag the day the letter left, in the Netherlands
	 * @param brief the letter as it left
	 */
	public record Verzonden(LocalDate dag, Brief brief) {
	}

}
