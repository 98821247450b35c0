package nl.kantel.verwijzing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy of the verwijzing that a municipality sets; not law, so terms are settings.
 *
 * @param eersteContact the term for the first talk of goals other than schuldhulp
 * (ISO-8601 period), counted from the verzoekDatum
 * @param evaluatieNa how long after the first talk the team evaluates the referral
 * (ISO-8601 period)
 */
@ConfigurationProperties("kantel.verwijzing")
record VerwijzingProperties(@DefaultValue("P2W") String eersteContact, @DefaultValue("P8W") String evaluatieNa) {

}
