package nl.kantel.fonds;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The funds a municipality runs side by side ({@code kantel.fondsen}), each with its own
 * policy and its own ledger. A configured fund gets its row in the ledger at start-up,
 * with a budget of 0 until the programmamanager sets one.
 */
@Component
public class Fondsen implements InitializingBean {

	private final Map<String, FondsInstellingen> instellingen;

	private final JdbcTemplate jdbc;

	Fondsen(FondsenProperties properties, JdbcTemplate jdbc) {
		this.instellingen = new TreeMap<>(properties.fondsen());
		this.jdbc = jdbc;
	}

	/**
	 * @throws FondsOnbekendException when no fund has this code
	 */
	public FondsInstellingen instellingen(String fonds) {
		FondsInstellingen gevonden = this.instellingen.get(fonds);
		if (gevonden == null) {
			throw new FondsOnbekendException(fonds);
		}
		return gevonden;
	}

	public boolean bestaat(String fonds) {
		return this.instellingen.containsKey(fonds);
	}

	@Override
	public void afterPropertiesSet() {
		this.instellingen.forEach((code, fonds) -> {
			Integer aantal = this.jdbc.queryForObject("select count(*) from fonds where code = ?", Integer.class, code);
			if (aantal == null || aantal == 0) {
				try {
					this.jdbc.update("insert into fonds (code, naam) values (?, ?)", code, fonds.naam());
				}
				catch (DuplicateKeyException anderNode) {
					// another node sharing the database added it at the same moment
				}
			}
		});
	}

	@ConfigurationProperties("kantel")
	record FondsenProperties(Map<String, FondsInstellingen> fondsen) {

		FondsenProperties {
			fondsen = (fondsen != null) ? fondsen : Map.of();
		}

	}

}
