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
 */
@ConfigurationProperties("kantel.intake")
record IntakeProperties(int waarschuwingWerkdagen, long accorderingsgrens, String hersteltermijn) {

}
