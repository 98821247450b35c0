package nl.kantel.post;

/**
 * A letter to a resident: the PDF, and the short mail that carries it when the resident
 * has an e-mail address.
 *
 * @param sleutel what makes this letter unique, such as
 * {@code WMO-2026-000042/beschikking}
 * @param aan the addressee
 * @param onderwerp the subject of the mail
 * @param mailtekst the body of the mail that carries the PDF
 * @param bestandsnaam the name of the PDF file
 * @param pdf the letter
 */
public record Brief(String sleutel, Geadresseerde aan, String onderwerp, String mailtekst, String bestandsnaam,
		byte[] pdf) {

}
