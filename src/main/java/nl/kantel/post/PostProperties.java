package nl.kantel.post;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param afzender the From of every mail, an address with an optional name
 * ({@code Gemeente Voorbeeld <noreply@gemeente.example>})
 * @param outbox the folder that receives each mail as an {@code .eml} file when no SMTP
 * server is set ({@code spring.mail.host})
 */
@ConfigurationProperties("kantel.post")
record PostProperties(String afzender, Path outbox) {

}
