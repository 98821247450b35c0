package nl.kantel.zaak;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Draws zaaknummers {@code PREFIX-YYYY-NNNNNN} from one database sequence, so numbers
 * stay unique across nodes and concurrent starts. A number drawn for a start that fails
 * is not reused: gaps are allowed, duplicates never.
 */
@Component
public class Zaaknummers {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final Pattern FORMAT = Pattern.compile("^[A-Z]{2,5}-\\d{4}-\\d{6,}$");

	private static final String SEQUENCE = "zaaknummer_reeks";

	private final DataFieldMaxValueIncrementer sequence;

	private final JdbcTemplate jdbc;

	Zaaknummers(DataSource dataSource) {
		this.sequence = sequence(dataSource, SEQUENCE);
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * Records a case's zaaknummer in the transaction that starts it; a second case with
	 * the same number fails on the table's primary key, on whichever node it starts.
	 */
	void vastleggen(String zaaknummer, String proces, String procesInstantieId) {
		this.jdbc.update("insert into zaak (zaaknummer, proces, proces_instantie_id) values (?, ?, ?)", zaaknummer,
				proces, procesInstantieId);
	}

	/**
	 * A case has this number, recorded or (from before the record) in Camunda's history.
	 */
	boolean bestaat(String zaaknummer) {
		Integer recorded = this.jdbc.queryForObject("select count(*) from zaak where zaaknummer = ?", Integer.class,
				zaaknummer);
		Integer historic = this.jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?",
				Integer.class, zaaknummer);
		return recorded + historic > 0;
	}

	public String next(String prefix) {
		int year = ClockUtil.getCurrentTime().toInstant().atZone(ZONE).getYear();
		return String.format("%s-%d-%06d", prefix, year, this.sequence.nextLongValue());
	}

	public static boolean isValid(String zaaknummer, String prefix) {
		return isZaaknummer(zaaknummer) && zaaknummer.startsWith(prefix + "-");
	}

	/** Has the form of a zaaknummer of any process. */
	static boolean isZaaknummer(String text) {
		return text != null && FORMAT.matcher(text).matches();
	}

	/** A database sequence read the way the database in use (H2 or PostgreSQL) allows. */
	public static DataFieldMaxValueIncrementer sequence(DataSource dataSource, String name) {
		String product;
		try {
			product = JdbcUtils.extractDatabaseMetaData(dataSource, (meta) -> meta.getDatabaseProductName());
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Database onbekend: zaaknummers kunnen niet worden uitgegeven", ex);
		}
		return switch (product) {
			case "H2" -> new H2SequenceMaxValueIncrementer(dataSource, name);
			case "PostgreSQL" -> new PostgresSequenceMaxValueIncrementer(dataSource, name);
			default -> throw new IllegalStateException("Database " + product + " wordt niet ondersteund");
		};
	}

}
