package nl.kantel.fonds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.kantel.EmbeddedPostgresInitializer;
import nl.kantel.KantelApplication;

/**
 * Two nodes of Kantel sharing one PostgreSQL database, as in production: decisions from
 * both at once never overspend a fund, and a step retried on the other node books once.
 * Each node has an engine of its own name (Camunda registers engines by name per JVM), a
 * random port and no webapps; the nodes start one after the other, because two engines
 * creating Camunda's schema at the same instant collide.
 */
class GrootboekTweeNodesPostgresIT {

	private static final Logger LOG = LoggerFactory.getLogger(GrootboekTweeNodesPostgresIT.class);

	private static final String FONDS = "proef-twee-nodes";

	private static final long BUDGET = 100_000;

	private static final long BEDRAG = 7_500;

	private static final int ZAKEN = 40;

	private static ConfigurableApplicationContext knoopA;

	private static ConfigurableApplicationContext knoopB;

	@BeforeAll
	static void tweeNodesOpEenDatabase() {
		String url = EmbeddedPostgresInitializer.freshDatabase("twee_nodes");
		knoopA = start("knoop-a", url);
		knoopB = start("knoop-b", url);
	}

	@AfterAll
	static void stop() {
		if (knoopB != null) {
			knoopB.close();
		}
		if (knoopA != null) {
			knoopA.close();
		}
	}

	@Test
	@DisplayName("40 decisions from two nodes at once, some failing after booking and some run twice, against a budget for 13: exactly 13 get money, each once")
	void gelijktijdigOpTweeNodes() throws Exception {
		jdbc(knoopA).update("insert into fonds (code, naam) values (?, ?)", FONDS, "Proeffonds twee nodes");
		grootboek(knoopA).budgetVaststellen(FONDS, BUDGET, "programmamanager", "Begroting");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(ZAKEN);
		Map<String, Future<Boolean>> uitkomsten = new TreeMap<>();
		for (int i = 0; i < ZAKEN; i++) {
			String zaaknummer = String.format("TF-2027-%06d", 500 + i);
			ConfigurableApplicationContext knoop = (i % 2 == 0) ? knoopA : knoopB;
			ConfigurableApplicationContext andere = (knoop == knoopA) ? knoopB : knoopA;
			Callable<Boolean> stap = switch (i % 5) {
				// a job that books and then fails; the engine retries it on the other
				// node
				case 0 -> () -> {
					start.await();
					assertThatThrownBy(() -> taak(knoop).execute((status) -> {
						besluit(knoop, zaaknummer);
						throw new IllegalStateException("Taak mislukt na het boeken");
					})).hasMessage("Taak mislukt na het boeken");
					return taak(andere).execute((status) -> besluit(andere, zaaknummer));
				};
				// a job that committed, whose completion was lost: the other node runs it
				// again
				case 1 -> () -> {
					start.await();
					boolean eerste = taak(knoop).execute((status) -> besluit(knoop, zaaknummer));
					boolean opnieuw = taak(andere).execute((status) -> besluit(andere, zaaknummer));
					assertThat(opnieuw).as(zaaknummer + " opnieuw").isEqualTo(eerste);
					return opnieuw;
				};
				default -> () -> {
					start.await();
					return taak(knoop).execute((status) -> besluit(knoop, zaaknummer));
				};
			};
			uitkomsten.put(zaaknummer, pool.submit(stap));
		}
		long begin = System.nanoTime();
		start.countDown();
		TreeSet<String> kregenGeld = new TreeSet<>();
		for (Map.Entry<String, Future<Boolean>> uitkomst : uitkomsten.entrySet()) {
			if (uitkomst.getValue().get(60, TimeUnit.SECONDS)) {
				kregenGeld.add(uitkomst.getKey());
			}
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
		pool.shutdown();
		JdbcTemplate jdbc = jdbc(knoopB);
		LOG.info("{} besluiten op twee nodes in {} ms: {} kregen geld; boekingen {}", ZAKEN, millis, kregenGeld.size(),
				aantalPerSoort(jdbc));

		// 100,000 / 7,500 = 13 fit (97,500), 2,500 is left, whatever the order
		assertThat(kregenGeld).hasSize(13);
		assertThat(jdbc.queryForObject("select sum(bedrag) from fonds_boeking where fonds = ? and soort = 'toekenning'",
				Long.class, FONDS))
			.isEqualTo(97_500);
		assertThat(aantalPerSoort(jdbc)).containsOnly(Map.entry("budget-verhoging", 1), Map.entry("reservering", 13),
				Map.entry("toekenning", 13));
		assertThat(jdbc.queryForList(
				"select sleutel from fonds_boeking where fonds = ? group by sleutel" + " having count(*) > 1",
				String.class, FONDS))
			.isEmpty();
		assertThat(jdbc.queryForList(
				"select distinct zaaknummer from fonds_boeking where fonds = ? and soort = 'toekenning'", String.class,
				FONDS))
			.containsExactlyInAnyOrderElementsOf(kregenGeld);
		Saldo verwacht = new Saldo(FONDS, 100_000, 0, 97_500, 0, 0, 2_500);
		assertThat(grootboek(knoopA).saldo(FONDS)).isEqualTo(verwacht);
		assertThat(grootboek(knoopB).saldo(FONDS)).isEqualTo(verwacht);
	}

	/** A decision step: reserve and, when it fits, grant the whole amount. */
	private static boolean besluit(ConfigurableApplicationContext knoop, String zaaknummer) {
		Grootboek grootboek = grootboek(knoop);
		if (!grootboek.reserveren(FONDS, zaaknummer, BEDRAG, "transformatieteam")) {
			return false;
		}
		grootboek.toekennen(FONDS, zaaknummer, BEDRAG, "programmamanager");
		return true;
	}

	private static Map<String, Integer> aantalPerSoort(JdbcTemplate jdbc) {
		Map<String, Integer> aantallen = new TreeMap<>();
		jdbc.query("select soort, count(*) from fonds_boeking where fonds = ? group by soort", (rs) -> {
			aantallen.put(rs.getString(1), rs.getInt(2));
		}, FONDS);
		return aantallen;
	}

	/** A job's transaction on that node; the ledger's bookings join it. */
	private static TransactionTemplate taak(ConfigurableApplicationContext knoop) {
		return new TransactionTemplate(knoop.getBean(PlatformTransactionManager.class));
	}

	private static Grootboek grootboek(ConfigurableApplicationContext knoop) {
		return knoop.getBean(Grootboek.class);
	}

	private static JdbcTemplate jdbc(ConfigurableApplicationContext knoop) {
		return knoop.getBean(JdbcTemplate.class);
	}

	/**
	 * The settings of {@code KantelPostgres}, as command-line arguments: they must win
	 * over the test profile's H2 URL.
	 */
	private static ConfigurableApplicationContext start(String naam, String url) {
		return new SpringApplicationBuilder(KantelApplication.class).registerShutdownHook(false)
			.profiles("local", "test")
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--camunda.bpm.database.type=postgres",
					"--camunda.bpm.process-engine-name=" + naam, "--camunda.bpm.job-execution.enabled=false",
					"--camunda.bpm.webapp.enabled=false", "--server.port=0",
					"--kantel.post.outbox=target/test-outbox-postgres",
					"--kantel.post.printpost=target/test-printpost-postgres");
	}

}
