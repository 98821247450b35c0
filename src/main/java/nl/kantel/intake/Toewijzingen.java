package nl.kantel.intake;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Component;

import nl.kantel.zaak.Zaaknummers;

/**
 * Toewijzingen of provisions in kind, numbered from a sequence and stored with their iWmo
 * data.
 */
@Component
class Toewijzingen {

	private final JdbcTemplate jdbc;

	private final DataFieldMaxValueIncrementer numbers;

	Toewijzingen(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.numbers = Zaaknummers.sequence(dataSource, "toewijzingnummer_reeks");
	}

	/** The new toewijzing's number: eight digits, as iWmo's ToewijzingNummer allows. */
	String register(Toewijzing toewijzing) {
		String nummer = String.format("%08d", this.numbers.nextLongValue());
		this.jdbc.update(
				"insert into toewijzing (toewijzing_nummer, zaaknummer, productcategorie, omvang, eenheid, frequentie,"
						+ " ingangsdatum) values (?, ?, ?, ?, ?, ?, ?)",
				nummer, toewijzing.zaaknummer(), toewijzing.productcategorie(), toewijzing.omvang(),
				toewijzing.eenheid(), toewijzing.frequentie(), toewijzing.ingangsdatum());
		return nummer;
	}

	record Toewijzing(String zaaknummer, String productcategorie, long omvang, String eenheid, String frequentie,
			LocalDate ingangsdatum) {
	}

}
