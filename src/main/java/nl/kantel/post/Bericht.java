package nl.kantel.post;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * One plain-text mail, with a PDF attached or none, and the key that makes sending it
 * idempotent.
 */
record Bericht(String sleutel, String afzender, String ontvanger, String onderwerp, String tekst, String bijlageNaam,
		byte[] bijlage) {

	Bericht(String sleutel, String afzender, String ontvanger, String onderwerp, String tekst) {
		this(sleutel, afzender, ontvanger, onderwerp, tekst, null, null);
	}

	void writeTo(MimeMessage message) throws MessagingException {
		boolean metBijlage = this.bijlage != null;
		MimeMessageHelper helper = new MimeMessageHelper(message, metBijlage, StandardCharsets.UTF_8.name());
		helper.setFrom(this.afzender);
		helper.setTo(this.ontvanger);
		helper.setSubject(this.onderwerp);
		helper.setText(this.tekst, false);
		helper.setSentDate(new Date());
		if (metBijlage) {
			helper.addAttachment(this.bijlageNaam, new ByteArrayResource(this.bijlage), "application/pdf");
		}
	}

}
