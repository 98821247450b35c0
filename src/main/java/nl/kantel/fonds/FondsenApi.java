package nl.kantel.fonds;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.kantel.engine.ZonderAutorisatie;
import nl.kantel.zaak.InvalidVariableException;

/**
 * {@code /api/fondsen}: a fund's balances, and its budget set by the programmamanager
 * with a reason (CONTRACT.md, transformatiefonds-aanvraag). Who may call what is the
 * allow-list's ({@code nl.kantel.identity}).
 */
@RestController
@RequestMapping(path = "/api/fondsen", produces = MediaType.APPLICATION_JSON_VALUE)
class FondsenApi {

	private static final int MAX_REDEN = 4000;

	private final Grootboek grootboek;

	private final IdentityService identity;

	FondsenApi(Grootboek grootboek, IdentityService identity) {
		this.grootboek = grootboek;
		this.identity = identity;
	}

	@GetMapping("/{fonds}")
	Saldo saldo(@PathVariable String fonds) {
		return this.grootboek.saldo(fonds);
	}

	@PostMapping(path = "/{fonds}/budget", consumes = MediaType.APPLICATION_JSON_VALUE)
	Saldo budget(@PathVariable String fonds, @RequestBody(required = false) BudgetWijziging wijziging) {
		if (wijziging == null || wijziging.bedrag() == null || wijziging.bedrag() < 0) {
			throw new InvalidVariableException("bedrag", "Geef het nieuwe budget in hele euro's, 0 of meer.");
		}
		if (wijziging.reden() == null || wijziging.reden().isBlank() || wijziging.reden().length() > MAX_REDEN) {
			throw new InvalidVariableException("reden",
					"Geef een reden voor het nieuwe budget (ten hoogste " + MAX_REDEN + " tekens).");
		}
		String door = ZonderAutorisatie.ingelogdeGebruiker(this.identity).orElseThrow();
		return this.grootboek.budgetVaststellen(fonds, wijziging.bedrag(), door, wijziging.reden());
	}

	record BudgetWijziging(Long bedrag, String reden) {
	}

}
