package nl.kantel.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTransportTest {

	private static final String TEKST = "Beste mevrouw Öztürk,\n\nWij hebben uw melding ontvangen. "
			+ "U kunt gratis cliëntondersteuning krijgen.\n";

	@TempDir
	Path temp;

	@Test
	@DisplayName("a mail becomes an .eml file, named after its key, that parses back with its subject, addresses and UTF-8 body")
	void writesAMimeMessageThatParsesBack() throws Exception {
		Path outbox = this.temp.resolve("data").resolve("outbox");
		OutboxTransport transport = new OutboxTransport(outbox);

		transport
			.send(new Bericht("WMO-2026-000042/ontvangstbevestiging", "Gemeente Voorbeeld <noreply@gemeente.example>",
					"a.ozturk@example.nl", "Wij hebben uw melding ontvangen – WMO-2026-000042", TEKST));

		Path file = outbox.resolve("WMO-2026-000042_ontvangstbevestiging.eml");
		try (InputStream in = Files.newInputStream(file)) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
			assertThat(message.getSubject()).isEqualTo("Wij hebben uw melding ontvangen – WMO-2026-000042");
			assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("noreply@gemeente.example");
			assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Gemeente Voorbeeld");
			assertThat(message.getRecipients(RecipientType.TO)).extracting(Object::toString)
				.containsExactly("a.ozturk@example.nl");
			assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
			// MIME carries text with CRLF line ends.
			assertThat(message.getContent()).isEqualTo(TEKST.replace("\n", "\r\n"));
			assertThat(message.getSentDate()).isNotNull();
		}
		try (var files = Files.list(outbox)) {
			assertThat(files.map((path) -> path.getFileName().toString()).toList())
				.isEqualTo(List.of("WMO-2026-000042_ontvangstbevestiging.eml"));
		}
	}

}
