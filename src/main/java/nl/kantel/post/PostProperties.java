package nl.kantel.post;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param afzender the From of every mail, an address with an optional name
 * ({@code Gemeente Voorbeeld <noreply@gemeente.example>})
 * @param outbox the folder that receives each mail as an {@code .eml} file when no SMTP
 * server is set ({@code spring.mail.host})
 * @param printpost the folder that receives, as PDF files, the letters for residents
 * without an e-mail address; the municipality's print street prints and posts them
 * @param pauzeNaMislukking how long a mail planned with {@link PostNaCommit} waits after
 * a failed attempt before the next one (three attempts, then an incident)
 */
@ConfigurationProperties("kantel.post")
record PostProperties(String afzender, Path outbox, Path printpost, @DefaultValue("10m") Duration pauzeNaMislukking) {

}
