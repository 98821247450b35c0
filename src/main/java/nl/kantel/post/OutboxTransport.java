package nl.kantel.post;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Mail as {@code .eml} files in a folder, for a run without an SMTP server: a mail
 * program opens each file as the mail a resident would get.
 */
class OutboxTransport implements MailTransport {

	private final Path folder;

	private final Session session = Session.getInstance(new Properties());

	OutboxTransport(Path folder) {
		this.folder = folder;
	}

	@Override
	public void send(Bericht bericht) {
		try {
			MimeMessage message = new MimeMessage(this.session);
			bericht.writeTo(message);
			message.saveChanges();
			Files.createDirectories(this.folder);
			// Written beside the target and moved, so no one opens a half-written mail.
			Path part = Files.createTempFile(this.folder, ".", ".part");
			try (OutputStream out = Files.newOutputStream(part)) {
				message.writeTo(out);
			}
			Files.move(part, fileFor(bericht.sleutel()), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Bericht " + bericht.sleutel() + " niet opgebouwd: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Bericht " + bericht.sleutel() + " niet geschreven in " + this.folder, ex);
		}
	}

	Path fileFor(String sleutel) {
		return this.folder.resolve(bestandsnaam(sleutel) + ".eml");
	}

	/**
	 * A key as a file name: its slashes and other characters a file system may refuse
	 * become _.
	 */
	static String bestandsnaam(String sleutel) {
		return sleutel.replaceAll("[^A-Za-z0-9._-]", "_");
	}

}
