package nl.kantel.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Policy of the Wmo intake that a municipality sets.
 *
 * @param waarschuwingWerkdagen how many working days before a legal deadline the
 * teamleider is warned
 * @param accorderingsgrens above these costs per year (whole euros) a teamleider approves
 * the beschikking; a PGB is always approved
 * @param hersteltermijn the term for an aanvulling (ISO-8601 period), Awb 4:5
 * @param aanvraagAfwachten how long after the verslag the case waits for an aanvraag
 * (ISO-8601 period); the resident is reminded halfway
 * @param zorgStartBinnen how long after a beschikking in kind the provider has to start
 * before a consulent follows it up, and again after each such period
 * @param verordening the municipality's regulation and article the beschikking names
 * @param eigenBijdragePerMaand the CAK's monthly abonnementstarief as the letters print
 * it ({@code 21,00})
 */
@ConfigurationProperties("kantel.intake")
record IntakeProperties(int waarschuwingWerkdagen, long accorderingsgrens, String hersteltermijn,
		String aanvraagAfwachten, String zorgStartBinnen, String verordening, String eigenBijdragePerMaand) {

}
