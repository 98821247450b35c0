package nl.kantel.post;

import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a letter to a resident: by e-mail with the PDF attached when an address is known,
 * else into the print outbox for the post. Terms that run from the sending (bezwaar)
 * count from the day this returns.
 *
 * <p>
 * Call it from an asynchronous service task: a failure throws, the job is retried and
 * becomes an incident when the retries run out. A letter goes out at most once per key; a
 * retry after it left gets the day it left.
 */
@Component
public class Brievenpost {

	private static final Logger log = LoggerFactory.getLogger(Brievenpost.class);

	/** What the table of sent messages holds as the recipient of a posted letter. */
	static final String PER_POST = "printpost";

	private final UitgaandePost post;

	private final Printpost printpost;

	Brievenpost(UitgaandePost post, Printpost printpost) {
		this.post = post;
		this.printpost = printpost;
	}

	/**
	 * @return the day the letter left, in the Netherlands
	 * @throws IllegalArgumentException when the letter lacks a part or its e-mail address
	 * cannot be delivered to; nothing is sent then
	 */
	public LocalDate verzenden(Brief brief) {
		if (brief.pdf() == null || brief.pdf().length == 0) {
			throw new IllegalArgumentException("Brief " + brief.sleutel() + " heeft geen PDF");
		}
		Optional<LocalDate> eerder = this.post.verzondenOp(brief.sleutel());
		if (eerder.isPresent()) {
			log.info("Brief {} is al verzonden en gaat niet opnieuw", brief.sleutel());
			return eerder.get();
		}
		if (brief.aan().perEmail()) {
			this.post.send(brief.sleutel(), brief.aan().email(), brief.onderwerp(), brief.mailtekst(),
					brief.bestandsnaam(), brief.pdf());
		}
		else {
			this.printpost.leggen(brief);
			this.post.vastleggen(brief.sleutel(), PER_POST, brief.onderwerp());
			log.info("Brief {} ligt klaar voor de post", brief.sleutel());
		}
		return this.post.verzondenOp(brief.sleutel()).orElseThrow();
	}

}
