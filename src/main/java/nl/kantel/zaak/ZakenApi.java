package nl.kantel.zaak;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Kantel's own API on cases, {@code /api/zaken}. The filter of
 * {@code nl.kantel.identity.RestAuthentication} has logged the caller in before a request
 * arrives here and set the engine's authentication for it, so the engine's authorization
 * checks apply to every query made for this request.
 */
@RestController
@RequestMapping(path = "/api/zaken", produces = MediaType.APPLICATION_JSON_VALUE)
class ZakenApi {

	private final GekoppeldeZaken gekoppeldeZaken;

	ZakenApi(GekoppeldeZaken gekoppeldeZaken) {
		this.gekoppeldeZaken = gekoppeldeZaken;
	}

	@GetMapping("/{zaaknummer}/gekoppeld")
	List<GekoppeldeZaak> gekoppeld(@PathVariable String zaaknummer) {
		if (!Zaaknummers.isZaaknummer(zaaknummer)) {
			throw new InvalidVariableException(CaseLifecyclePlugin.ZAAKNUMMER,
					"Het zaaknummer moet de vorm XXX-JJJJ-NNNNNN hebben, zoals WMO-2026-000042.");
		}
		return this.gekoppeldeZaken.van(zaaknummer).orElseThrow(() -> new ZaakNotFoundException(zaaknummer));
	}

}
