package nl.kantel.brief;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipality as every letter and mail names it; templates see it as
 * {@code gemeente}.
 *
 * @param naam the name, such as Gemeente Voorbeeld
 * @param adres the postal address, also where a bezwaar goes
 * @param telefoon the number residents call
 * @param email the address residents write to
 * @param website the municipality's site
 * @param bezwaarDigitaal where a resident objects online (with DigiD), or null
 * @param rechtbank the court of the municipality's district, for a voorlopige voorziening
 * and beroep
 */
@ConfigurationProperties("kantel.gemeente")
record GemeenteProperties(String naam, String adres, String telefoon, String email, String website,
		String bezwaarDigitaal, String rechtbank) {

}
