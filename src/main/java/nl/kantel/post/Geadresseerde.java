package nl.kantel.post;

/**
 * Who a letter is for: the resident, reached by e-mail when an address is known, else by
 * post.
 *
 * @param naam the resident's name as the letter addresses it
 * @param email the e-mail address, or null
 * @param postadres the postal address, or null: the post room then takes the address from
 * the BRP
 * @param vertegenwoordiger name and role of a representative (curator, bewindvoerder)
 * whom the letter is addressed to as well, or null
 */
public record Geadresseerde(String naam, String email, String postadres, String vertegenwoordiger) {

	boolean perEmail() {
		return this.email != null && !this.email.isBlank();
	}

}
