package nl.kantel.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;

/**
 * Mail through SMTP (GreenMail on the test profile's spring.mail.host and port), at most
 * once per key, also when a job fails before or after the send.
 */
abstract class UitgaandePostContract {

	private static final String KEY = "proef-post";

	private static final String ONTVANGER = "j.devries@example.nl";

	private static final String ONDERWERP = "Wij hebben uw melding ontvangen – WMO-2026-000042";

	private static final String TEKST = "Beste J. de Vries,\n\nU kunt gratis cliëntondersteuning krijgen. "
			+ "De eigen bijdrage is € 21,00 per maand.\n";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	UitgaandePost post;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	private final String sleutel = "WMO-2026-" + UUID.randomUUID() + "/ontvangstbevestiging";

	@BeforeEach
	void deployProcessThatSendsAsync() {
		this.repository.createDeployment()
			.addModelInstance(KEY + ".bpmn",
					Bpmn.createExecutableProcess(KEY)
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.serviceTask("BerichtVersturen")
						.camundaAsyncBefore()
						.camundaExpression("${uitgaandePost.send(sleutel, ontvanger, onderwerp, tekst)}")
						.serviceTask("VervolgstapUitvoeren")
						.camundaExpression("${vervolgMogelijk}")
						.endEvent()
						.done())
			.enableDuplicateFiltering(true)
			.name(KEY)
			.deploy();
	}

	@Test
	@DisplayName("a mail arrives with its subject, recipient, sender and UTF-8 body, and its key is recorded")
	void mailArrives() throws Exception {
		assertThat(this.post.send(this.sleutel, ONTVANGER, ONDERWERP, TEKST)).isTrue();

		MimeMessage mail = onlyMail();
		assertThat(mail.getSubject()).isEqualTo(ONDERWERP);
		assertThat(mail.getRecipients(RecipientType.TO)).extracting(Object::toString).containsExactly(ONTVANGER);
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("noreply@gemeente.example");
		assertThat(mail.getContentType()).containsIgnoringCase("UTF-8");
		// MIME carries text with CRLF line ends; SMTP drops the last one.
		assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo(TEKST.strip());
		Map<String, Object> row = this.jdbc.queryForMap(
				"select ontvanger, onderwerp, verzonden_op from verzonden_bericht where sleutel = ?", this.sleutel);
		assertThat(row).containsEntry("ontvanger", ONTVANGER)
			.containsEntry("onderwerp", ONDERWERP)
			.extractingByKey("verzonden_op")
			.isNotNull();
	}

	@Test
	@DisplayName("the same key twice gives exactly one mail")
	void sameKeyOnce() {
		assertThat(this.post.send(this.sleutel, ONTVANGER, ONDERWERP, TEKST)).isTrue();
		assertThat(this.post.send(this.sleutel, ONTVANGER, ONDERWERP, TEKST)).isFalse();

		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(rowsFor(this.sleutel)).isOne();
	}

	@Test
	@DisplayName("when the SMTP server is down the send throws and records nothing; the retry delivers exactly one mail")
	void outageThenRetry() {
		greenMail.stop();

		assertThatThrownBy(() -> this.post.send(this.sleutel, ONTVANGER, ONDERWERP, TEKST))
			.isInstanceOf(MailSendException.class);
		assertThat(rowsFor(this.sleutel)).isZero();

		greenMail.start();
		assertThat(this.post.send(this.sleutel, ONTVANGER, ONDERWERP, TEKST)).isTrue();

		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(rowsFor(this.sleutel)).isOne();
	}

	@Test
	@DisplayName("an invalid recipient is refused before anything is sent or recorded")
	void invalidRecipientRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.post.send(this.sleutel, "geen adres", ONDERWERP, TEKST))
			.withMessageContaining("ontvanger");
		assertThatIllegalArgumentException().isThrownBy(() -> this.post.send(this.sleutel, ONTVANGER, " ", TEKST))
			.withMessageContaining("onderwerp");

		assertThat(greenMail.getReceivedMessages()).isEmpty();
		assertThat(rowsFor(this.sleutel)).isZero();
	}

	@Test
	@DisplayName("a job that cannot send fails with a retry left; once the server is back the job sends one mail")
	void jobRetriedAfterOutage() {
		greenMail.stop();
		ProcessInstance instance = start(true);
		Job job = jobOf(instance);

		assertThatThrownBy(() -> this.management.executeJob(job.getId())).hasCauseInstanceOf(MailSendException.class);
		assertThat(jobOf(instance).getRetries()).isEqualTo(2);
		assertThat(jobOf(instance).getExceptionMessage()).contains("Mail server connection failed");
		assertThat(rowsFor(this.sleutel)).isZero();

		greenMail.start();
		this.management.executeJob(job.getId());

		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(ended(instance)).isTrue();
	}

	@Test
	@DisplayName("a job that rolls back after its mail went out does not send it again on the retry")
	void rollbackAfterSendNotSentTwice() {
		ProcessInstance instance = start(null);
		Job job = jobOf(instance);

		assertThatThrownBy(() -> this.management.executeJob(job.getId())).hasMessageContaining("vervolgMogelijk");
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(rowsFor(this.sleutel)).isOne();

		this.runtime.setVariable(instance.getId(), "vervolgMogelijk", true);
		this.management.executeJob(job.getId());

		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(ended(instance)).isTrue();
	}

	private ProcessInstance start(Boolean vervolgMogelijk) {
		Map<String, Object> variables = new HashMap<>(
				Map.of("sleutel", this.sleutel, "ontvanger", ONTVANGER, "onderwerp", ONDERWERP, "tekst", TEKST));
		if (vervolgMogelijk != null) {
			variables.put("vervolgMogelijk", vervolgMogelijk);
		}
		return this.runtime.startProcessInstanceByKey(KEY, variables);
	}

	private Job jobOf(ProcessInstance instance) {
		return this.management.createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

	private boolean ended(ProcessInstance instance) {
		return this.runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
	}

	private MimeMessage onlyMail() {
		MimeMessage[] mails = greenMail.getReceivedMessages();
		assertThat(mails).hasSize(1);
		return mails[0];
	}

	private int rowsFor(String sleutel) {
		return this.jdbc.queryForObject("select count(*) from verzonden_bericht where sleutel = ?", Integer.class,
				sleutel);
	}

}
