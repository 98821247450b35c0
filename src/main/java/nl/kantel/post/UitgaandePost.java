package nl.kantel.post;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail to residents and referrers, at most once per key.
 *
 * <p>
 * Meant for a service task that runs as an asynchronous job, or for a job planned with
 * {@link PostNaCommit}, so the mail leaves only after the step before it has committed. A
 * failed send throws: the job executor retries and raises an incident when the retries
 * run out. A key is recorded only after its mail went out, and in a transaction of its
 * own, so a rollback of the job after a successful send cannot lead to a second mail on
 * the retry.
 */
@Component
public class UitgaandePost {

	private static final Logger log = LoggerFactory.getLogger(UitgaandePost.class);

	private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

	private static final int MAX_SLEUTEL = 200;

	private static final int MAX_ONDERWERP = 500;

	private final MailTransport transport;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final PostProperties properties;

	UitgaandePost(MailTransport transport, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			PostProperties properties) {
		this.transport = transport;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
	}

	/**
	 * Sends a plain-text mail (UTF-8) unless a mail with the same key went out before.
	 * @param sleutel what makes this mail unique, such as
	 * {@code WMO-2026-000042/ontvangstbevestiging}
	 * @param ontvanger one e-mail address
	 * @param onderwerp the subject
	 * @param tekst the body as plain text
	 * @return true when the mail went out now, false when it had gone out before
	 * @throws IllegalArgumentException when an argument is missing or invalid; nothing is
	 * sent then
	 * @throws RuntimeException when the mail could not be sent; nothing is recorded then,
	 * so a retry sends it
	 */
	public boolean send(String sleutel, String ontvanger, String onderwerp, String tekst) {
		return send(new Bericht(sleutel, this.properties.afzender(), ontvanger, onderwerp, tekst));
	}

	/** As {@link #send(String, String, String, String)}, with the mail's PDF attached. */
	boolean send(String sleutel, String ontvanger, String onderwerp, String tekst, String bijlageNaam, byte[] bijlage) {
		required("bijlageNaam", bijlageNaam, MAX_ONDERWERP);
		return send(
				new Bericht(sleutel, this.properties.afzender(), ontvanger, onderwerp, tekst, bijlageNaam, bijlage));
	}

	private boolean send(Bericht bericht) {
		// Checked before sending: a value the table cannot hold would fail the
		// record after the mail went out, and the retry would send it again.
		required("sleutel", bericht.sleutel(), MAX_SLEUTEL);
		required("ontvanger", bericht.ontvanger(), Emailadressen.MAX_LENGTE);
		required("onderwerp", bericht.onderwerp(), MAX_ONDERWERP);
		required("tekst", bericht.tekst(), Integer.MAX_VALUE);
		requireAddress(bericht.ontvanger());
		if (isSent(bericht.sleutel())) {
			log.info("Bericht {} is al verzonden en gaat niet opnieuw", bericht.sleutel());
			return false;
		}
		this.transport.send(bericht);
		// The one window left: a crash between the send above and this record sends the
		// mail again on the retry. Mail offers no transaction to close it.
		vastleggen(bericht.sleutel(), bericht.ontvanger(), bericht.onderwerp());
		log.info("Bericht {} verzonden", bericht.sleutel());
		return true;
	}

	/** Records that the message of this key left, in a transaction of its own. */
	void vastleggen(String sleutel, String ontvanger, String onderwerp) {
		try {
			this.ownTransaction.executeWithoutResult((status) -> record(sleutel, ontvanger, onderwerp));
		}
		catch (DuplicateKeyException ex) {
			// Two jobs sent the same key at once; the key is recorded all the
			// same, which is what a retry needs to find.
			log.warn("Bericht {} is tegelijk twee keer verzonden", sleutel);
		}
	}

	boolean isSent(String sleutel) {
		return verzondenOp(sleutel).isPresent();
	}

	/** The day (in the Netherlands) the message of this key left, if it did. */
	Optional<LocalDate> verzondenOp(String sleutel) {
		List<OffsetDateTime> sent = this.jdbc.query("select verzonden_op from verzonden_bericht where sleutel = ?",
				(rs, row) -> rs.getObject(1, OffsetDateTime.class), sleutel);
		return sent.stream().findFirst().map((moment) -> moment.atZoneSameInstant(NEDERLAND).toLocalDate());
	}

	private void record(String sleutel, String ontvanger, String onderwerp) {
		OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
		this.jdbc.update(
				"insert into verzonden_bericht (sleutel, ontvanger, onderwerp, verzonden_op) values (?, ?, ?, ?)",
				sleutel, ontvanger, onderwerp, now);
	}

	private static void required(String name, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " ontbreekt");
		}
		if (value.length() > maxLength) {
			throw new IllegalArgumentException(name + " is langer dan " + maxLength + " tekens");
		}
	}

	private static void requireAddress(String ontvanger) {
		if (!Emailadressen.isBezorgbaar(ontvanger)) {
			throw new IllegalArgumentException("ontvanger is geen geldig e-mailadres");
		}
	}

}
