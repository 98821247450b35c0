package nl.kantel.post;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.MimeMessageHelper;

/** One plain-text mail and the key that makes sending it idempotent. */
record Bericht(String sleutel, String afzender, String ontvanger, String onderwerp, String tekst) {

	void writeTo(MimeMessage message) throws MessagingException {
		MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		helper.setFrom(this.afzender);
		helper.setTo(this.ontvanger);
		helper.setSubject(this.onderwerp);
		helper.setText(this.tekst, false);
		helper.setSentDate(new Date());
	}

}
