package nl.kantel.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A letter goes by e-mail with its PDF when the resident has an address, else into the
 * print outbox; either way once, and the day it left is the day in the Netherlands.
 */
abstract class BrievenpostContract {

	private static final byte[] PDF = "%PDF-1.7 proefbrief".getBytes(StandardCharsets.US_ASCII);

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Brievenpost brievenpost;

	@Autowired
	Printpost printpost;

	@Autowired
	JdbcTemplate jdbc;

	private final String sleutel = "WMO-2026-" + UUID.randomUUID() + "/beschikking";

	@BeforeEach
	void lateOnNewYearsEveInUtc() {
		// 23:30 UTC on 31 December is already 1 January in the Netherlands.
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T23:30:00Z")));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@DisplayName("with an e-mail address the letter is mailed with the PDF attached, sent on the Dutch day")
	void perEmail() throws Exception {
		LocalDate verzonden = this.brievenpost.verzenden(brief(
				new Geadresseerde("J. de Vries", "j.devries@example.nl", "Dorpsstraat 1, 1234 AB Voorbeeld", null)));

		assertThat(verzonden).isEqualTo(LocalDate.of(2027, 1, 1));
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(mail.getSubject()).isEqualTo("Besluit over uw aanvraag");
		Multipart parts = (Multipart) mail.getContent();
		Part bijlage = attachment(parts);
		assertThat(bijlage.getFileName()).isEqualTo("beschikking.pdf");
		assertThat(bijlage.getContentType()).startsWith("application/pdf");
		assertThat(bijlage.getInputStream().readAllBytes()).isEqualTo(PDF);
		assertThat(Files.exists(this.printpost.fileFor(this.sleutel))).isFalse();
	}

	@Test
	@DisplayName("without an e-mail address the PDF lands in the print outbox and nothing is mailed")
	void perPost() throws Exception {
		LocalDate verzonden = this.brievenpost
			.verzenden(brief(new Geadresseerde("J. de Vries", null, "Dorpsstraat 1, 1234 AB Voorbeeld", null)));

		assertThat(verzonden).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(Files.readAllBytes(this.printpost.fileFor(this.sleutel))).isEqualTo(PDF);
		assertThat(greenMail.getReceivedMessages()).isEmpty();
		assertThat(this.jdbc.queryForObject("select ontvanger from verzonden_bericht where sleutel = ?", String.class,
				this.sleutel))
			.isEqualTo(Brievenpost.PER_POST);
	}

	@Test
	@DisplayName("a letter sent again (a retried job) does not leave twice and keeps the first day")
	void eenmaal() throws Exception {
		Geadresseerde perEmail = new Geadresseerde("J. de Vries", "j.devries@example.nl", null, null);
		this.brievenpost.verzenden(brief(perEmail));
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-04T09:00:00Z")));

		assertThat(this.brievenpost.verzenden(brief(perEmail))).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
	}

	@Test
	@DisplayName("a posted letter sent again is not laid out twice")
	void perPostEenmaal() throws Exception {
		Geadresseerde perPost = new Geadresseerde("J. de Vries", null, null, null);
		this.brievenpost.verzenden(brief(perPost));
		Path file = this.printpost.fileFor(this.sleutel);
		Files.delete(file);

		assertThat(this.brievenpost.verzenden(brief(perPost))).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(file).doesNotExist();
	}

	@Test
	@DisplayName("a letter without its PDF is refused before anything leaves")
	void zonderPdf() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.brievenpost.verzenden(new Brief(this.sleutel,
					new Geadresseerde("J. de Vries", null, null, null), "Besluit", "tekst", "beschikking.pdf", null)))
			.withMessageContaining("PDF");
		assertThat(this.jdbc.queryForObject("select count(*) from verzonden_bericht where sleutel = ?", Integer.class,
				this.sleutel))
			.isZero();
	}

	private Brief brief(Geadresseerde aan) {
		return new Brief(this.sleutel, aan, "Besluit over uw aanvraag",
				"Beste J. de Vries,\n\nIn de bijlage ons besluit.", "beschikking.pdf", PDF);
	}

	private static Part attachment(Multipart parts) throws Exception {
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return part;
			}
		}
		throw new AssertionError("Geen bijlage in de mail");
	}

}
