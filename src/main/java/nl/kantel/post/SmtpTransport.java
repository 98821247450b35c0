package nl.kantel.post;

import org.springframework.mail.javamail.JavaMailSender;

/** Mail through the SMTP server of {@code spring.mail.*}. */
class SmtpTransport implements MailTransport {

	private final JavaMailSender sender;

	SmtpTransport(JavaMailSender sender) {
		this.sender = sender;
	}

	@Override
	public void send(Bericht bericht) {
		this.sender.send(bericht::writeTo);
	}

}
