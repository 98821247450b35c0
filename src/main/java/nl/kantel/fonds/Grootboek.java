package nl.kantel.fonds;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.kantel.termijn.Klok;
import nl.kantel.zaak.InvalidVariableException;

/**
 * The ledger of the funds: every change of a fund is a booking (who, when, which case,
 * why), and its balances are the sums of those bookings.
 *
 * <p>
 * A booking first locks the fund's row ({@code select ... for update}), so bookings on
 * one fund are made one after the other, on one node or on several sharing the database:
 * a reservation that no longer fits is refused, never booked. Each booking of a case has
 * a key ({@code TF-2026-000042/reservering}); a step that runs again (a retried job)
 * finds its booking and books nothing; the key's unique constraint is the last guard.
 * Called from a process step the booking joins the step's transaction.
 */
@Component
public class Grootboek {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	Grootboek(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * @throws FondsOnbekendException when no fund has this code
	 */
	public Saldo saldo(String fonds) {
		return this.transaction.execute((status) -> {
			bestaat(fonds);
			return Saldo.uit(fonds, sommen("fonds = ?", fonds));
		});
	}

	/** The balances of one case within its fund. */
	public Saldo saldo(String fonds, String zaaknummer) {
		return Saldo.uit(fonds, sommen("fonds = ? and zaaknummer = ?", fonds, zaaknummer));
	}

	/**
	 * Sets the budget to {@code bedrag}: books the difference up or down, never below
	 * what is reserved and granted.
	 * @throws InvalidVariableException naming {@code bedrag} when the budget would fall
	 * below that
	 */
	public Saldo budgetVaststellen(String fonds, long bedrag, String door, String reden) {
		return this.transaction.execute((status) -> {
			Saldo saldo = vergrendeld(fonds);
			long vastgelegd = saldo.gereserveerd() + saldo.toegekend();
			if (bedrag < vastgelegd) {
				throw new InvalidVariableException("bedrag", "Het budget kan niet lager zijn dan wat al gereserveerd "
						+ "en toegekend is: " + vastgelegd + " euro.");
			}
			long verschil = bedrag - saldo.budget();
			if (verschil != 0) {
				boek(fonds, "budget/" + UUID.randomUUID(),
						(verschil > 0) ? Boekingssoort.BUDGET_VERHOGING : Boekingssoort.BUDGET_VERLAGING,
						Math.abs(verschil), null, door, reden);
			}
			return Saldo.uit(fonds, sommen("fonds = ?", fonds));
		});
	}

	/**
	 * Reserves {@code bedrag} for a case when the fund still has it.
	 * @return false when it does not fit: nothing is booked then
	 */
	public boolean reserveren(String fonds, String zaaknummer, long bedrag, String door) {
		return this.transaction.execute((status) -> {
			Saldo saldo = vergrendeld(fonds);
			if (isGeboekt(sleutel(zaaknummer, Boekingssoort.RESERVERING))) {
				return true;
			}
			if (bedrag > saldo.beschikbaar()) {
				return false;
			}
			boek(fonds, sleutel(zaaknummer, Boekingssoort.RESERVERING), Boekingssoort.RESERVERING, bedrag, zaaknummer,
					door, "Aanvraag volledig");
			return true;
		});
	}

	/**
	 * Grants {@code bedrag} out of the case's reservation; what was reserved beyond it is
	 * released.
	 * @throws IllegalStateException when the case reserved less
	 */
	public void toekennen(String fonds, String zaaknummer, long bedrag, String door) {
		this.transaction.executeWithoutResult((status) -> {
			vergrendeld(fonds);
			if (isGeboekt(sleutel(zaaknummer, Boekingssoort.TOEKENNING))) {
				return;
			}
			long gereserveerd = saldo(fonds, zaaknummer).gereserveerd();
			if (bedrag > gereserveerd) {
				throw new IllegalStateException("Zaak " + zaaknummer + " reserveerde " + gereserveerd
						+ " euro en kan geen " + bedrag + " euro toegekend krijgen");
			}
			boek(fonds, sleutel(zaaknummer, Boekingssoort.TOEKENNING), Boekingssoort.TOEKENNING, bedrag, zaaknummer,
					door, "Subsidie verleend");
			if (gereserveerd > bedrag) {
				boek(fonds, sleutel(zaaknummer, Boekingssoort.RESERVERING_VRIJVAL), Boekingssoort.RESERVERING_VRIJVAL,
						gereserveerd - bedrag, zaaknummer, door, "Minder verleend dan gereserveerd");
			}
		});
	}

	/**
	 * Pays {@code bedrag} out of the case's grant (a voorschot or the final payment); the
	 * n-th payment of a case has its own key.
	 */
	public void betalen(String fonds, String zaaknummer, int betaling, long bedrag, String door) {
		this.transaction.executeWithoutResult((status) -> {
			vergrendeld(fonds);
			String sleutel = sleutel(zaaknummer, Boekingssoort.BETALING) + "/" + betaling;
			if (isGeboekt(sleutel)) {
				return;
			}
			long open = saldo(fonds, zaaknummer).openstaand();
			if (bedrag > open) {
				throw new IllegalStateException(
						"Zaak " + zaaknummer + " heeft nog " + open + " euro tegoed, geen " + bedrag + " euro");
			}
			boek(fonds, sleutel, Boekingssoort.BETALING, bedrag, zaaknummer, door, "Betaling " + betaling);
		});
	}

	/**
	 * Releases what the case still holds: its open reservation (refusal, withdrawal) and
	 * what it was granted beyond {@code vastgesteld} (a lower vaststelling, Awb 4:46 lid
	 * 2).
	 */
	public void vrijgeven(String fonds, String zaaknummer, long vastgesteld, String door, String reden) {
		this.transaction.executeWithoutResult((status) -> {
			vergrendeld(fonds);
			Saldo zaak = saldo(fonds, zaaknummer);
			String reservering = sleutel(zaaknummer, Boekingssoort.RESERVERING_VRIJVAL);
			if (zaak.gereserveerd() > 0 && !isGeboekt(reservering)) {
				boek(fonds, reservering, Boekingssoort.RESERVERING_VRIJVAL, zaak.gereserveerd(), zaaknummer, door,
						reden);
			}
			String toekenning = sleutel(zaaknummer, Boekingssoort.TOEKENNING_VRIJVAL);
			if (zaak.toegekend() > vastgesteld && !isGeboekt(toekenning)) {
				boek(fonds, toekenning, Boekingssoort.TOEKENNING_VRIJVAL, zaak.toegekend() - vastgesteld, zaaknummer,
						door, reden);
			}
		});
	}

	/**
	 * Sets the final amount of a case's grant (Awb 4:46): what it was granted beyond
	 * {@code vastgesteld} is released (4:46 lid 2), what is still owed is paid, and what
	 * was paid beyond it is claimed back (4:57). A step that runs again books nothing
	 * twice.
	 */
	public Vaststelling vaststellen(String fonds, String zaaknummer, long vastgesteld, String door, String reden) {
		return this.transaction.execute((status) -> {
			vergrendeld(fonds);
			Saldo zaak = saldo(fonds, zaaknummer);
			String vrijval = sleutel(zaaknummer, Boekingssoort.TOEKENNING_VRIJVAL);
			// what was granted before any vaststelling released part of it; not what the
			// grant released of the reservation
			long verleend = sommen("fonds = ? and zaaknummer = ?", fonds, zaaknummer)
				.getOrDefault(Boekingssoort.TOEKENNING, 0L);
			if (vastgesteld < 0 || vastgesteld > verleend) {
				throw new IllegalArgumentException("Zaak " + zaaknummer + " kan niet op " + vastgesteld
						+ " euro worden vastgesteld: 0 tot en met het toegekende bedrag");
			}
			if (zaak.toegekend() > vastgesteld && !isGeboekt(vrijval)) {
				boek(fonds, vrijval, Boekingssoort.TOEKENNING_VRIJVAL, zaak.toegekend() - vastgesteld, zaaknummer, door,
						reden);
			}
			zaak = saldo(fonds, zaaknummer);
			String slot = sleutel(zaaknummer, Boekingssoort.BETALING) + "/vaststelling";
			String terug = sleutel(zaaknummer, Boekingssoort.TERUGVORDERING);
			if (zaak.uitbetaald() < zaak.toegekend() && !isGeboekt(slot)) {
				boek(fonds, slot, Boekingssoort.BETALING, zaak.toegekend() - zaak.uitbetaald(), zaaknummer, door,
						"Betaling na vaststelling");
			}
			else if (zaak.uitbetaald() > zaak.toegekend() && !isGeboekt(terug)) {
				boek(fonds, terug, Boekingssoort.TERUGVORDERING, zaak.uitbetaald() - zaak.toegekend(), zaaknummer, door,
						"Terugvordering na vaststelling");
			}
			return new Vaststelling(bedrag(slot), bedrag(terug));
		});
	}

	/**
	 * What a vaststelling paid out ({@code nabetaling}) or claimed back
	 * ({@code terugvordering}), in whole euros.
	 */
	public record Vaststelling(long nabetaling, long terugvordering) {
	}

	private long bedrag(String sleutel) {
		List<Long> bedragen = this.jdbc.queryForList("select bedrag from fonds_boeking where sleutel = ?", Long.class,
				sleutel);
		return bedragen.isEmpty() ? 0 : bedragen.get(0);
	}

	private Saldo vergrendeld(String fonds) {
		List<String> gevonden = this.jdbc.queryForList("select code from fonds where code = ? for update", String.class,
				fonds);
		if (gevonden.isEmpty()) {
			throw new FondsOnbekendException(fonds);
		}
		return Saldo.uit(fonds, sommen("fonds = ?", fonds));
	}

	private void bestaat(String fonds) {
		Integer aantal = this.jdbc.queryForObject("select count(*) from fonds where code = ?", Integer.class, fonds);
		if (aantal == null || aantal == 0) {
			throw new FondsOnbekendException(fonds);
		}
	}

	private boolean isGeboekt(String sleutel) {
		Integer aantal = this.jdbc.queryForObject("select count(*) from fonds_boeking where sleutel = ?", Integer.class,
				sleutel);
		return aantal != null && aantal > 0;
	}

	private void boek(String fonds, String sleutel, Boekingssoort soort, long bedrag, String zaaknummer, String door,
			String reden) {
		OffsetDateTime nu = OffsetDateTime.ofInstant(Klok.nu(), ZoneOffset.UTC);
		this.jdbc.update(
				"insert into fonds_boeking (fonds, sleutel, soort, bedrag, zaaknummer, door, reden, geboekt_op)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?)",
				fonds, sleutel, soort.code(), bedrag, zaaknummer, door, reden, nu);
	}

	private Map<Boekingssoort, Long> sommen(String waar, Object... argumenten) {
		Map<Boekingssoort, Long> sommen = new EnumMap<>(Boekingssoort.class);
		this.jdbc.query("select soort, sum(bedrag) from fonds_boeking where " + waar + " group by soort", (rs) -> {
			sommen.put(Boekingssoort.van(rs.getString(1)), rs.getLong(2));
		}, argumenten);
		return sommen;
	}

	private static String sleutel(String zaaknummer, Boekingssoort soort) {
		return zaaknummer + "/" + soort.code();
	}

}
