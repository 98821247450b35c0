package nl.kantel.post;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when Spring Boot made a {@link JavaMailSender} (it does when
 * {@code spring.mail.host} is set), otherwise the outbox folder; letters to residents
 * without e-mail go to the print outbox. Without them Kantel does not start: a receipt of
 * a melding and a beschikking are legal duties, not options.
 */
@Configuration(proxyBeanMethods = false)
class PostConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PostConfiguration.class);

	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> mailSender, PostProperties properties) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender != null) {
			log.info("Uitgaande post gaat via SMTP (spring.mail.host)");
			return new SmtpTransport(sender);
		}
		if (properties.outbox() == null) {
			throw new IllegalStateException("Kantel kan geen post versturen: zet spring.mail.host (SMTP-server) "
					+ "of kantel.post.outbox (map voor .eml-bestanden)");
		}
		log.info("Uitgaande post wordt als .eml-bestand bewaard in {}", properties.outbox().toAbsolutePath());
		return new OutboxTransport(properties.outbox());
	}

	@Bean
	Printpost printpost(PostProperties properties) {
		if (properties.printpost() == null) {
			throw new IllegalStateException("Kantel kan geen brieven per post versturen: zet kantel.post.printpost "
					+ "(map waaruit de printstraat de brieven voor bewoners zonder e-mailadres haalt)");
		}
		log.info("Brieven per post komen als PDF in {}", properties.printpost().toAbsolutePath());
		return new Printpost(properties.printpost());
	}

}
