package nl.kantel.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/** The intake's moments for the model's timers, from legal deadlines and settings. */
@Component("wmoTermijnen")
public class WmoTermijnen {

	private final TermijnExpressions termijn;

	private final IntakeProperties properties;

	WmoTermijnen(TermijnExpressions termijn, IntakeProperties properties) {
		this.termijn = termijn;
		this.properties = properties;
	}

	public Date waarschuwing(String deadline) {
		return this.termijn.waarschuwing(deadline, this.properties.waarschuwingWerkdagen());
	}

	/** The start of the day after the waiting for an aanvraag ends. */
	public Date aanvraagAfwachtenTot(String verslagVerzonden) {
		return this.termijn.naDeadline(this.termijn.periodeNa(verslagVerzonden, this.properties.aanvraagAfwachten()));
	}

	/** Halfway through the waiting for an aanvraag, at the start of that day. */
	public Date aanvraagHerinneren(String verslagVerzonden) {
		String tot = this.termijn.periodeNa(verslagVerzonden, this.properties.aanvraagAfwachten());
		long dagen = ChronoUnit.DAYS.between(LocalDate.parse(verslagVerzonden), LocalDate.parse(tot));
		return this.termijn.begin(this.termijn.kalenderdagen(verslagVerzonden, dagen / 2));
	}

	/** A repeating timer: every period, until the provider reports the start. */
	public String zorgStartBewaken() {
		return "R/" + this.properties.zorgStartBinnen();
	}

	/** The resultaat of a case whose resident followed the advice and did not apply. */
	public String resultaatNaAdvies(String uitkomst) {
		return switch (uitkomst) {
			case "verwijzing" -> "verwezen";
			case "eigen-kracht", "algemene-voorziening" -> uitkomst;
			default -> throw new IllegalArgumentException("Geen advies-uitkomst: " + uitkomst);
		};
	}

}
