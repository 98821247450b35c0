package nl.kantel.fonds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.kantel.KantelRest;
import nl.kantel.KantelRest.Answer;
import nl.kantel.zaak.InvalidVariableException;

/**
 * The fund's ledger: balances are sums of bookings, a reservation never passes the budget
 * however many arrive at once, and a booking repeated by a retried step is booked once.
 */
abstract class GrootboekContract {

	@Autowired
	Grootboek grootboek;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate template;

	@Autowired
	PlatformTransactionManager transactionManager;

	private String fonds;

	@BeforeEach
	void eenEigenFonds() {
		this.fonds = "proef-" + UUID.randomUUID();
		this.jdbc.update("insert into fonds (code, naam) values (?, ?)", this.fonds, "Proeffonds");
	}

	@Test
	@DisplayName("a grant's path through the ledger: each balance is the sum of its bookings")
	void saldoUitBoekingen() {
		this.grootboek.budgetVaststellen(this.fonds, 100_000, "programmamanager", "Raadsbesluit 2027");
		assertThat(this.grootboek.reserveren(this.fonds, "TF-2027-000001", 40_000, "transformatieteam")).isTrue();
		this.grootboek.toekennen(this.fonds, "TF-2027-000001", 30_000, "programmamanager");
		this.grootboek.betalen(this.fonds, "TF-2027-000001", 1, 24_000, "transformatieteam");
		this.grootboek.vrijgeven(this.fonds, "TF-2027-000001", 27_000, "transformatieteam", "Lager vastgesteld");

		assertThat(this.grootboek.saldo(this.fonds))
			.isEqualTo(new Saldo(this.fonds, 100_000, 0, 27_000, 24_000, 13_000, 73_000));
		assertThat(this.jdbc.queryForObject("select count(*) from fonds_boeking where fonds = ?", Integer.class,
				this.fonds))
			.isEqualTo(6);
	}

	@Test
	@DisplayName("a reservation that does not fit is refused and books nothing; a refusal releases the reservation")
	void nietMeerDanHetBudget() {
		this.grootboek.budgetVaststellen(this.fonds, 50_000, "programmamanager", "Begroting");
		assertThat(this.grootboek.reserveren(this.fonds, "TF-2027-000002", 30_000, "transformatieteam")).isTrue();

		assertThat(this.grootboek.reserveren(this.fonds, "TF-2027-000003", 30_000, "transformatieteam")).isFalse();
		this.grootboek.vrijgeven(this.fonds, "TF-2027-000002", 0, "programmamanager", "Afgewezen");

		assertThat(this.grootboek.saldo(this.fonds).beschikbaar()).isEqualTo(50_000);
		assertThat(this.grootboek.saldo(this.fonds, "TF-2027-000003").gereserveerd()).isZero();
	}

	@Test
	@DisplayName("the budget never goes below what is reserved and granted: refused naming bedrag")
	void budgetNietOnderHetVastgelegde() {
		this.grootboek.budgetVaststellen(this.fonds, 50_000, "programmamanager", "Begroting");
		this.grootboek.reserveren(this.fonds, "TF-2027-000004", 30_000, "transformatieteam");

		assertThatThrownBy(
				() -> this.grootboek.budgetVaststellen(this.fonds, 29_999, "programmamanager", "Bezuiniging"))
			.isInstanceOf(InvalidVariableException.class)
			.hasMessageContaining("bedrag");
		assertThat(this.grootboek.budgetVaststellen(this.fonds, 30_000, "programmamanager", "Bezuiniging").budget())
			.isEqualTo(30_000);
	}

	@Test
	@DisplayName("a step that runs again books nothing twice; the key's constraint refuses a second booking made behind the ledger's back")
	void eenmaalGeboekt() {
		this.grootboek.budgetVaststellen(this.fonds, 50_000, "programmamanager", "Begroting");
		this.grootboek.reserveren(this.fonds, "TF-2027-000005", 10_000, "transformatieteam");
		this.grootboek.reserveren(this.fonds, "TF-2027-000005", 10_000, "transformatieteam");
		this.grootboek.toekennen(this.fonds, "TF-2027-000005", 10_000, "programmamanager");
		this.grootboek.toekennen(this.fonds, "TF-2027-000005", 10_000, "programmamanager");
		this.grootboek.betalen(this.fonds, "TF-2027-000005", 1, 8_000, "transformatieteam");
		this.grootboek.betalen(this.fonds, "TF-2027-000005", 1, 8_000, "transformatieteam");

		assertThat(this.grootboek.saldo(this.fonds))
			.isEqualTo(new Saldo(this.fonds, 50_000, 0, 10_000, 8_000, 0, 40_000));
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into fonds_boeking (fonds, sleutel, soort, bedrag, zaaknummer, door, geboekt_op)"
						+ " values (?, ?, 'reservering', 1, ?, 'iemand', ?)",
				this.fonds, "TF-2027-000005/reservering", "TF-2027-000005", OffsetDateTime.now()))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(
				() -> this.jdbc.update(
						"insert into fonds_boeking (fonds, sleutel, soort, bedrag, door, geboekt_op)"
								+ " values (?, ?, 'betaling', -5, 'iemand', ?)",
						this.fonds, "negatief", OffsetDateTime.now()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	@DisplayName("vastgesteld at the granted amount: the rest after the 80% voorschot is paid")
	void vaststellenGelijk() {
		verleendMetVoorschot("TF-2027-000301");

		Grootboek.Vaststelling vaststelling = this.grootboek.vaststellen(this.fonds, "TF-2027-000301", 30_000,
				"programmamanager", "Activiteiten verricht");

		assertThat(vaststelling).isEqualTo(new Grootboek.Vaststelling(6_000, 0));
		assertThat(this.grootboek.saldo(this.fonds))
			.isEqualTo(new Saldo(this.fonds, 100_000, 0, 30_000, 30_000, 10_000, 70_000));
		assertThat(boekingenPerSleutel("TF-2027-000301")).containsEntry("TF-2027-000301/betaling/vaststelling", 6_000L)
			.doesNotContainKeys("TF-2027-000301/toekenning-vrijval", "TF-2027-000301/terugvordering");
	}

	@Test
	@DisplayName("vastgesteld lower but above the voorschot: the difference is released, the rest paid (Awb 4:48)")
	void vaststellenLagerBovenVoorschot() {
		verleendMetVoorschot("TF-2027-000302");

		Grootboek.Vaststelling vaststelling = this.grootboek.vaststellen(this.fonds, "TF-2027-000302", 27_000,
				"programmamanager", "Eén activiteit niet verricht");

		assertThat(vaststelling).isEqualTo(new Grootboek.Vaststelling(3_000, 0));
		assertThat(this.grootboek.saldo(this.fonds))
			.isEqualTo(new Saldo(this.fonds, 100_000, 0, 27_000, 27_000, 13_000, 73_000));
		assertThat(boekingenPerSleutel("TF-2027-000302")).containsEntry("TF-2027-000302/toekenning-vrijval", 3_000L)
			.containsEntry("TF-2027-000302/betaling/vaststelling", 3_000L)
			.doesNotContainKey("TF-2027-000302/terugvordering");
	}

	@Test
	@DisplayName("vastgesteld below the voorschot: the difference is released and what was paid beyond it claimed back (Awb 4:57)")
	void vaststellenOnderVoorschot() {
		verleendMetVoorschot("TF-2027-000303");

		Grootboek.Vaststelling vaststelling = this.grootboek.vaststellen(this.fonds, "TF-2027-000303", 20_000,
				"programmamanager", "Project half uitgevoerd");

		assertThat(vaststelling).isEqualTo(new Grootboek.Vaststelling(0, 4_000));
		assertThat(this.grootboek.saldo(this.fonds, "TF-2027-000303").uitbetaald()).isEqualTo(20_000);
		assertThat(this.grootboek.saldo(this.fonds))
			.isEqualTo(new Saldo(this.fonds, 100_000, 0, 20_000, 20_000, 20_000, 80_000));
		assertThat(boekingenPerSleutel("TF-2027-000303")).containsEntry("TF-2027-000303/toekenning-vrijval", 10_000L)
			.containsEntry("TF-2027-000303/terugvordering", 4_000L)
			.doesNotContainKey("TF-2027-000303/betaling/vaststelling");
	}

	@Test
	@DisplayName("vastgesteld at 0: the whole grant is released and the whole voorschot claimed back")
	void vaststellenOpNul() {
		verleendMetVoorschot("TF-2027-000304");

		Grootboek.Vaststelling vaststelling = this.grootboek.vaststellen(this.fonds, "TF-2027-000304", 0,
				"programmamanager", "Project niet uitgevoerd");

		assertThat(vaststelling).isEqualTo(new Grootboek.Vaststelling(0, 24_000));
		assertThat(this.grootboek.saldo(this.fonds))
			.isEqualTo(new Saldo(this.fonds, 100_000, 0, 0, 0, 40_000, 100_000));
		assertThat(boekingenPerSleutel("TF-2027-000304")).containsEntry("TF-2027-000304/toekenning-vrijval", 30_000L)
			.containsEntry("TF-2027-000304/terugvordering", 24_000L);
	}

	@Test
	@DisplayName("a vaststelling run twice books nothing twice and answers the same")
	void vaststellenTweemaal() {
		verleendMetVoorschot("TF-2027-000305");
		verleendMetVoorschot("TF-2027-000306");

		this.grootboek.vaststellen(this.fonds, "TF-2027-000305", 27_000, "programmamanager", "Lager");
		this.grootboek.vaststellen(this.fonds, "TF-2027-000306", 20_000, "programmamanager", "Lager");
		Grootboek.Vaststelling nogmaals305 = this.grootboek.vaststellen(this.fonds, "TF-2027-000305", 27_000,
				"programmamanager", "Lager");
		Grootboek.Vaststelling nogmaals306 = this.grootboek.vaststellen(this.fonds, "TF-2027-000306", 20_000,
				"programmamanager", "Lager");

		assertThat(nogmaals305).isEqualTo(new Grootboek.Vaststelling(3_000, 0));
		assertThat(nogmaals306).isEqualTo(new Grootboek.Vaststelling(0, 4_000));
		// per case: reservering, its vrijval, toekenning, voorschot, and two for the
		// vaststelling
		assertThat(boekingenPerSleutel("TF-2027-000305")).hasSize(6);
		assertThat(boekingenPerSleutel("TF-2027-000306")).hasSize(6);
		assertThat(aantalBoekingen()).isEqualTo(13);
		assertThat(this.grootboek.saldo(this.fonds))
			.isEqualTo(new Saldo(this.fonds, 100_000, 0, 47_000, 47_000, 33_000, 53_000));
	}

	@Test
	@DisplayName("a vaststelling below 0 or above the granted amount is refused and books nothing")
	void vaststellenBuitenDeGrenzen() {
		verleendMetVoorschot("TF-2027-000307");

		assertThatThrownBy(
				() -> this.grootboek.vaststellen(this.fonds, "TF-2027-000307", -1, "programmamanager", "Fout"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("-1");
		// 40,000 was reserved and 30,000 granted: the 10,000 released at the grant is no
		// part of it
		assertThatThrownBy(
				() -> this.grootboek.vaststellen(this.fonds, "TF-2027-000307", 30_001, "programmamanager", "Fout"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("30001");

		assertThat(aantalBoekingen()).isEqualTo(5);
		assertThat(this.grootboek.saldo(this.fonds))
			.isEqualTo(new Saldo(this.fonds, 100_000, 0, 30_000, 24_000, 10_000, 70_000));
	}

	@Test
	@DisplayName("a step that books and then fails leaves nothing; run again, it books once")
	void mislukteStapLaatNietsAchter() {
		this.grootboek.budgetVaststellen(this.fonds, 100_000, "programmamanager", "Begroting");
		TransactionTemplate taak = new TransactionTemplate(this.transactionManager);

		assertThatThrownBy(() -> taak.executeWithoutResult((status) -> {
			besluitEnVoorschot("TF-2027-000401");
			throw new IllegalStateException("Mailserver onbereikbaar");
		})).hasMessage("Mailserver onbereikbaar");

		assertThat(boekingenPerSleutel("TF-2027-000401")).isEmpty();
		assertThat(this.grootboek.saldo(this.fonds)).isEqualTo(new Saldo(this.fonds, 100_000, 0, 0, 0, 0, 100_000));

		taak.executeWithoutResult((status) -> besluitEnVoorschot("TF-2027-000401"));

		assertThat(aantalPerSleutel("TF-2027-000401")).containsOnly(Map.entry("TF-2027-000401/reservering", 1),
				Map.entry("TF-2027-000401/toekenning", 1), Map.entry("TF-2027-000401/betaling/1", 1));
		assertThat(this.grootboek.saldo(this.fonds))
			.isEqualTo(new Saldo(this.fonds, 100_000, 0, 30_000, 24_000, 0, 70_000));
	}

	@Test
	@DisplayName("a step that committed and runs again because its completion was lost books nothing new")
	void voltooiingKwijtBoektNietsNieuws() {
		this.grootboek.budgetVaststellen(this.fonds, 100_000, "programmamanager", "Begroting");
		TransactionTemplate taak = new TransactionTemplate(this.transactionManager);
		taak.executeWithoutResult((status) -> besluitEnVoorschot("TF-2027-000402"));
		Grootboek.Vaststelling eerste = taak.execute((status) -> this.grootboek.vaststellen(this.fonds,
				"TF-2027-000402", 20_000, "programmamanager", "Lager vastgesteld"));

		taak.executeWithoutResult((status) -> besluitEnVoorschot("TF-2027-000402"));
		Grootboek.Vaststelling tweede = taak.execute((status) -> this.grootboek.vaststellen(this.fonds,
				"TF-2027-000402", 20_000, "programmamanager", "Lager vastgesteld"));

		assertThat(eerste).isEqualTo(new Grootboek.Vaststelling(0, 4_000));
		assertThat(tweede).isEqualTo(eerste);
		assertThat(aantalPerSleutel("TF-2027-000402")).containsOnly(Map.entry("TF-2027-000402/reservering", 1),
				Map.entry("TF-2027-000402/toekenning", 1), Map.entry("TF-2027-000402/betaling/1", 1),
				Map.entry("TF-2027-000402/toekenning-vrijval", 1), Map.entry("TF-2027-000402/terugvordering", 1));
		assertThat(this.grootboek.saldo(this.fonds))
			.isEqualTo(new Saldo(this.fonds, 100_000, 0, 20_000, 20_000, 10_000, 80_000));
	}

	@Test
	@DisplayName("a vaststelling that fails after booking leaves the voorschot as it was; run again, it claims back once")
	void mislukteVaststellingLaatNietsAchter() {
		verleendMetVoorschot("TF-2027-000403");
		TransactionTemplate taak = new TransactionTemplate(this.transactionManager);

		assertThatThrownBy(() -> taak.executeWithoutResult((status) -> {
			this.grootboek.vaststellen(this.fonds, "TF-2027-000403", 20_000, "programmamanager", "Lager");
			throw new IllegalStateException("Brief niet gemaakt");
		})).hasMessage("Brief niet gemaakt");
		assertThat(aantalBoekingen()).isEqualTo(5);

		Grootboek.Vaststelling vaststelling = taak.execute((status) -> this.grootboek.vaststellen(this.fonds,
				"TF-2027-000403", 20_000, "programmamanager", "Lager"));

		assertThat(vaststelling).isEqualTo(new Grootboek.Vaststelling(0, 4_000));
		assertThat(aantalPerSleutel("TF-2027-000403")).containsEntry("TF-2027-000403/toekenning-vrijval", 1)
			.containsEntry("TF-2027-000403/terugvordering", 1)
			.hasSize(6);
		assertThat(this.grootboek.saldo(this.fonds))
			.isEqualTo(new Saldo(this.fonds, 100_000, 0, 20_000, 20_000, 20_000, 80_000));
	}

	@Test
	@DisplayName("many decisions at once against a small budget: exactly what fits is reserved, the fund never below zero")
	void gelijktijdigeReserveringen() throws Exception {
		this.grootboek.budgetVaststellen(this.fonds, 1_000, "programmamanager", "Klein fonds");
		int aanvragen = 24;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Boolean>> uitkomsten = new ArrayList<>();
		for (int i = 0; i < aanvragen; i++) {
			String zaaknummer = String.format("TF-2027-%06d", 100 + i);
			Callable<Boolean> reservering = () -> {
				start.await();
				return this.grootboek.reserveren(this.fonds, zaaknummer, 150, "transformatieteam");
			};
			uitkomsten.add(pool.submit(reservering));
		}
		start.countDown();
		int gelukt = 0;
		for (Future<Boolean> uitkomst : uitkomsten) {
			if (uitkomst.get(60, TimeUnit.SECONDS)) {
				gelukt++;
			}
		}
		pool.shutdown();

		// 1,000 / 150: six reservations fit, whatever the order
		assertThat(gelukt).isEqualTo(6);
		Saldo saldo = this.grootboek.saldo(this.fonds);
		assertThat(saldo.gereserveerd()).isEqualTo(900);
		assertThat(saldo.beschikbaar()).isEqualTo(100);
	}

	@Test
	@DisplayName("a second decision waits while the first holds the fund, then sees its booking: the fund's lock, not luck, keeps the budget")
	void tweedeBeslissingWacht() throws Exception {
		this.grootboek.budgetVaststellen(this.fonds, 1_000, "programmamanager", "Klein fonds");
		TransactionTemplate eerste = new TransactionTemplate(this.transactionManager);
		ExecutorService tweede = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> later = eerste.execute((status) -> {
				assertThat(this.grootboek.reserveren(this.fonds, "TF-2027-000201", 700, "transformatieteam")).isTrue();
				Future<Boolean> wacht = tweede
					.submit(() -> this.grootboek.reserveren(this.fonds, "TF-2027-000202", 700, "transformatieteam"));
				// While the first transaction holds the fund, the second cannot book.
				assertThatThrownBy(() -> wacht.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
				return wacht;
			});

			assertThat(later.get(60, TimeUnit.SECONDS)).as("after the first committed, 700 no longer fits").isFalse();
		}
		finally {
			tweede.shutdownNow();
		}
		assertThat(this.grootboek.saldo(this.fonds).gereserveerd()).isEqualTo(700);
	}

	@Test
	@DisplayName("over REST the programmamanager sets the budget with a reason, the team reads it, others are refused")
	void api() {
		KantelRest programmamanager = KantelRest.as(this.template, "programmamanager");
		String pad = "/api/fondsen/" + this.fonds;

		Answer gezet = programmamanager.post(pad + "/budget", Map.of("bedrag", 250_000, "reden", "Raadsbesluit"));
		Answer zonderReden = programmamanager.post(pad + "/budget", Map.of("bedrag", 250_000));
		Answer negatief = programmamanager.post(pad + "/budget", Map.of("bedrag", -1, "reden", "x"));

		assertThat(gezet.status()).as(gezet.message()).isEqualTo(200);
		assertThat(gezet.body().path("budget").asLong()).isEqualTo(250_000);
		assertThat(zonderReden.status()).isEqualTo(400);
		assertThat(zonderReden.message()).contains("reden");
		assertThat(negatief.status()).isEqualTo(400);
		assertThat(negatief.message()).contains("bedrag");
		Answer gelezen = KantelRest.as(this.template, "transformatieteam").get(pad);
		assertThat(gelezen.status()).isEqualTo(200);
		assertThat(gelezen.body().path("beschikbaar").asLong()).isEqualTo(250_000);
		assertThat(KantelRest.as(this.template, "transformatieteam")
			.post(pad + "/budget", Map.of("bedrag", 1, "reden", "x"))
			.status()).isEqualTo(HttpStatus.FORBIDDEN.value());
		assertThat(KantelRest.as(this.template, "wmo-consulent").get(pad).status()).isEqualTo(403);
		assertThat(programmamanager.get("/api/fondsen/bestaat-niet").status()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select door from fonds_boeking where fonds = ?", String.class, this.fonds))
			.isEqualTo("programmamanager");
	}

	/**
	 * Budget 100,000; the case reserved 40,000, was granted 30,000 (10,000 released) and
	 * paid a voorschot of 80%: 24,000.
	 */
	private void verleendMetVoorschot(String zaaknummer) {
		if (this.grootboek.saldo(this.fonds).budget() == 0) {
			this.grootboek.budgetVaststellen(this.fonds, 100_000, "programmamanager", "Begroting");
		}
		assertThat(this.grootboek.reserveren(this.fonds, zaaknummer, 40_000, "transformatieteam")).isTrue();
		this.grootboek.toekennen(this.fonds, zaaknummer, 30_000, "programmamanager");
		this.grootboek.betalen(this.fonds, zaaknummer, 1, 24_000, "transformatieteam");
	}

	/** What a decision step books: 30,000 reserved and granted, a voorschot of 24,000. */
	private void besluitEnVoorschot(String zaaknummer) {
		assertThat(this.grootboek.reserveren(this.fonds, zaaknummer, 30_000, "transformatieteam")).isTrue();
		this.grootboek.toekennen(this.fonds, zaaknummer, 30_000, "programmamanager");
		this.grootboek.betalen(this.fonds, zaaknummer, 1, 24_000, "transformatieteam");
	}

	private Map<String, Long> boekingenPerSleutel(String zaaknummer) {
		Map<String, Long> bedragen = new TreeMap<>();
		this.jdbc.query("select sleutel, bedrag from fonds_boeking where zaaknummer = ?", (rs) -> {
			bedragen.put(rs.getString(1), rs.getLong(2));
		}, zaaknummer);
		return bedragen;
	}

	private Map<String, Integer> aantalPerSleutel(String zaaknummer) {
		Map<String, Integer> aantallen = new TreeMap<>();
		this.jdbc.query("select sleutel, count(*) from fonds_boeking where zaaknummer = ? group by sleutel", (rs) -> {
			aantallen.put(rs.getString(1), rs.getInt(2));
		}, zaaknummer);
		return aantallen;
	}

	private int aantalBoekingen() {
		return this.jdbc.queryForObject("select count(*) from fonds_boeking where fonds = ?", Integer.class,
				this.fonds);
	}

}
