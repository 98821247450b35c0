package nl.kantel.zaak;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
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

	Zaaknummers(DataSource dataSource) {
		this.sequence = sequence(dataSource, SEQUENCE);
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
