package nl.kantel.identity;

import static nl.kantel.identity.Handeling.BEHEER_LEZEN;
import static nl.kantel.identity.Handeling.BERICHT_STUREN;
import static nl.kantel.identity.Handeling.BUDGET_VASTSTELLEN;
import static nl.kantel.identity.Handeling.DEFINITIES_LEZEN;
import static nl.kantel.identity.Handeling.FONDS_LEZEN;
import static nl.kantel.identity.Handeling.GEBRUIKERS_LEZEN;
import static nl.kantel.identity.Handeling.MODELLEN_DEPLOYEN;
import static nl.kantel.identity.Handeling.STARTFORMULIER_LEZEN;
import static nl.kantel.identity.Handeling.TAAK_BECOMMENTARIEREN;
import static nl.kantel.identity.Handeling.TAAK_WERKEN;
import static nl.kantel.identity.Handeling.TAKEN_LEZEN;
import static nl.kantel.identity.Handeling.ZAAK_STARTEN;
import static nl.kantel.identity.Handeling.ZAKEN_LEZEN;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The allow-list: per group what it may do over the API (CONTRACT.md, Identity). Which
 * processes and cases a group reaches within a handeling is the engine's authorization
 * ({@link AccessSetup}, {@link ZaakToegang}); a group outside the contract may do
 * nothing, {@code camunda-admin} everything.
 */
final class Toegangsbeleid {

	static final Set<Handeling> PORTAAL = EnumSet.of(ZAAK_STARTEN, BERICHT_STUREN);

	static final Set<Handeling> MEDEWERKER = EnumSet.of(ZAAK_STARTEN, STARTFORMULIER_LEZEN, DEFINITIES_LEZEN,
			TAKEN_LEZEN, TAAK_WERKEN, TAAK_BECOMMENTARIEREN, ZAKEN_LEZEN, GEBRUIKERS_LEZEN);

	static final Set<Handeling> MANAGER = EnumSet.of(STARTFORMULIER_LEZEN, DEFINITIES_LEZEN, TAKEN_LEZEN, ZAKEN_LEZEN,
			BEHEER_LEZEN, GEBRUIKERS_LEZEN, FONDS_LEZEN);

	/**
	 * The fund's staff read its balances beside their work; the programmamanager sets its
	 * budget.
	 */
	static final Set<Handeling> FONDSTEAM = plus(MEDEWERKER, FONDS_LEZEN);

	static final Set<Handeling> PROGRAMMAMANAGER = plus(FONDSTEAM, BUDGET_VASTSTELLEN);

	static final Set<Handeling> PROCESONTWERPER = EnumSet.of(DEFINITIES_LEZEN, MODELLEN_DEPLOYEN, GEBRUIKERS_LEZEN);

	/**
	 * Open to every caller, logged in or not: the webapps' login page lists the engines
	 * (Camunda's REST API itself answers nobody anonymously).
	 */
	static final Set<Operatie> OPEN = Set.of(Operatie.parse("GET /engine"));

	private Toegangsbeleid() {
	}

	static boolean magAlles(Collection<String> groepen) {
		return groepen.contains(KantelGroup.CAMUNDA_ADMIN.id());
	}

	static Set<Handeling> van(Collection<String> groepen) {
		Set<Handeling> handelingen = EnumSet.noneOf(Handeling.class);
		for (String groep : groepen) {
			KantelGroup.byId(groep).ifPresent((kantelGroup) -> handelingen.addAll(van(kantelGroup)));
		}
		return handelingen;
	}

	static Set<Handeling> van(KantelGroup groep) {
		return switch (groep) {
			case CAMUNDA_ADMIN -> EnumSet.allOf(Handeling.class);
			case PORTAAL -> PORTAAL;
			case MANAGER -> MANAGER;
			case PROCESONTWERPER -> PROCESONTWERPER;
			case PROGRAMMAMANAGER -> PROGRAMMAMANAGER;
			case TRANSFORMATIETEAM, WETHOUDER -> FONDSTEAM;
			default -> MEDEWERKER;
		};
	}

	private static Set<Handeling> plus(Set<Handeling> basis, Handeling... extra) {
		Set<Handeling> handelingen = EnumSet.copyOf(basis);
		handelingen.addAll(Set.of(extra));
		return handelingen;
	}

}
