package nl.kantel.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Judges a request of the logged-in user against the allow-list ({@link Toegangsbeleid}):
 * first the operation and its parameters, then its body. A refusal is logged on one line
 * at INFO, with the user and the operation, never with what the request carried.
 */
@Component
class Toegang {

	static final String BERICHT = "Dat mag u met uw rol niet doen.";

	private static final Logger log = LoggerFactory.getLogger(Toegang.class);

	private final ProcessEngine engine;

	private final IdentityProperties instellingen;

	Toegang(ProcessEngine engine, IdentityProperties instellingen) {
		this.engine = engine;
		this.instellingen = instellingen;
	}

	/**
	 * Whether a request, before it is matched, can be on the caller's list at all; a
	 * refusal is logged.
	 */
	boolean kanToegestaanZijn(String methode, String pad) {
		Authentication user = this.engine.getIdentityService().getCurrentAuthentication();
		Set<String> groepen = groepen(user);
		if (Toegangsbeleid.magAlles(groepen) || Toegangsbeleid.OPEN.contains(new Operatie(methode, pad))
				|| Toegangsbeleid.van(groepen).stream().anyMatch((h) -> h.kanOmvatten(methode, pad))) {
			return true;
		}
		log.info("Geweigerd: {} {} {}: {}", gebruiker(user), methode, pad, BERICHT);
		return false;
	}

	/** What the request may go on as, or the reason it may not. */
	Beoordeling beoordeel(Operatie operatie, Map<String, String> padParameters,
			Map<String, List<String>> queryParameters) {
		Authentication user = this.engine.getIdentityService().getCurrentAuthentication();
		Set<String> groepen = groepen(user);
		if (Toegangsbeleid.magAlles(groepen) || Toegangsbeleid.OPEN.contains(operatie)) {
			return Beoordeling.VRIJ;
		}
		Verzoek verzoek = new Verzoek(operatie, gebruiker(user), groepen, padParameters, queryParameters, this.engine,
				this.instellingen);
		List<Handeling> toegestaan = new ArrayList<>();
		String reden = BERICHT;
		for (Handeling handeling : Toegangsbeleid.van(groepen)) {
			if (handeling.omvat(operatie)) {
				Optional<String> weigering = handeling.voorwaarde().opVerzoek(verzoek);
				if (weigering.isEmpty()) {
					toegestaan.add(handeling);
				}
				else {
					reden = weigering.get();
				}
			}
		}
		return toegestaan.isEmpty() ? weiger(verzoek, reden) : new Beoordeling(verzoek, toegestaan, null);
	}

	/** The reason to refuse the body, or nothing. */
	Optional<String> beoordeelInhoud(Beoordeling beoordeling, Object inhoud) {
		if (beoordeling.verzoek() == null) {
			return Optional.empty();
		}
		Optional<String> reden = Optional.empty();
		for (Handeling handeling : beoordeling.handelingen()) {
			reden = handeling.voorwaarde().opInhoud(beoordeling.verzoek(), inhoud);
			if (reden.isEmpty()) {
				return reden;
			}
		}
		reden.ifPresent((text) -> log(beoordeling.verzoek(), text));
		return reden;
	}

	private static Set<String> groepen(Authentication user) {
		return (user == null || user.getGroupIds() == null) ? Set.of() : Set.copyOf(user.getGroupIds());
	}

	private static String gebruiker(Authentication user) {
		return (user != null) ? user.getUserId() : null;
	}

	private static Beoordeling weiger(Verzoek verzoek, String reden) {
		log(verzoek, reden);
		return new Beoordeling(verzoek, List.of(), reden);
	}

	private static void log(Verzoek verzoek, String reden) {
		log.info("Geweigerd: {} {}: {}", verzoek.gebruiker(), verzoek.operatie(), reden);
	}

	/**
	 * @param verzoek the request, null when the caller may do everything
	 * @param handelingen the handelingen that take it
	 * @param weigering the reason it is refused, or null
	 */
	record Beoordeling(Verzoek verzoek, List<Handeling> handelingen, String weigering) {

		static final Beoordeling VRIJ = new Beoordeling(null, List.of(), null);

		boolean geweigerd() {
			return this.weigering != null;
		}

	}

}
