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
 * @param toestemmingVragenWerkdagen in how many working days the wijkteam asks the
 * resident for consent (the due date of ToestemmingVragen)
 * @param toestemmingWachten how long the case waits for the resident's answer before it
 * ends geen-toestemming (ISO-8601 period, Atw applied)
 * @param toelatingTermijn the term of the beschikking on the toelating to schuldhulp
 * (ISO-8601 period), counted from the first talk or from not accepting
 * @param toelatingGrondslag the local rule that the beschikking names beside the Wgs
 */
@ConfigurationProperties("kantel.verwijzing")
record VerwijzingProperties(@DefaultValue("P2W") String eersteContact, @DefaultValue("P8W") String evaluatieNa,
		@DefaultValue("5") int toestemmingVragenWerkdagen, @DefaultValue("P4W") String toestemmingWachten,
		@DefaultValue("P8W") String toelatingTermijn,
		@DefaultValue("het beleidsplan schuldhulpverlening van de gemeente") String toelatingGrondslag) {

}
