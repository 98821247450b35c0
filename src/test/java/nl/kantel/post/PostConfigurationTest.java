package nl.kantel.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class PostConfigurationTest {

	private static final String AFZENDER = "noreply@gemeente.example";

	private final PostConfiguration configuration = new PostConfiguration();

	@Test
	@DisplayName("with an SMTP server (a JavaMailSender) mail goes through SMTP, even when an outbox is set")
	void smtpWhenAMailSenderExists() {
		assertThat(this.configuration.mailTransport(senders(new JavaMailSenderImpl()),
				new PostProperties(AFZENDER, Path.of("outbox"), Path.of("printpost"), Duration.ofMinutes(10))))
			.isInstanceOf(SmtpTransport.class);
	}

	@Test
	@DisplayName("without an SMTP server mail goes to the outbox folder")
	void outboxWithoutMailSender() {
		assertThat(this.configuration.mailTransport(senders(null),
				new PostProperties(AFZENDER, Path.of("outbox"), Path.of("printpost"), Duration.ofMinutes(10))))
			.isInstanceOf(OutboxTransport.class);
	}

	@Test
	@DisplayName("without either Kantel does not start, and says which settings it needs")
	void neitherRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.configuration.mailTransport(senders(null),
					new PostProperties(AFZENDER, null, Path.of("printpost"), Duration.ofMinutes(10))))
			.withMessageContaining("spring.mail.host")
			.withMessageContaining("kantel.post.outbox");
	}

	@Test
	@DisplayName("without a print outbox Kantel does not start, and names the setting")
	void printpostRequired() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.configuration
				.printpost(new PostProperties(AFZENDER, Path.of("outbox"), null, Duration.ofMinutes(10))))
			.withMessageContaining("kantel.post.printpost");
	}

	private static ObjectProvider<JavaMailSender> senders(JavaMailSender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (sender != null) {
			beans.addBean("mailSender", sender);
		}
		return beans.getBeanProvider(JavaMailSender.class);
	}

}
