package nl.kantel.bezwaar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import nl.kantel.bezwaar.Hoofdzaken.Hoofdzaak;
import nl.kantel.zaak.InvalidVariableException;

/**
 * What a new bezwaar learns from its hoofdzaak when it starts: whether it came in time
 * (Awb 6:9), when the decision is due (Awb 7:10) and which group would take a new
 * decision after a herroeping.
 */
@Component
class BezwaarRegistratie {

	private final Hoofdzaken hoofdzaken;

	private final BezwaarTermijnen termijnen;

	private final BezwaarProperties properties;

	BezwaarRegistratie(Hoofdzaken hoofdzaken, BezwaarTermijnen termijnen, BezwaarProperties properties) {
		this.hoofdzaken = hoofdzaken;
		this.termijnen = termijnen;
		this.properties = properties;
	}

	/**
	 * The terms of a new bezwaar against the beschikking of {@code hoofdzaak}.
	 * @param ontvangstDatum the day it was received, today when null
	 * @param verzendDatum its postmark, or null
	 * @throws InvalidVariableException naming {@code hoofdzaak} when no such case exists
	 * or it has no bezwaar term
	 */
	Registratie registreer(String hoofdzaak, LocalDate ontvangstDatum, LocalDate verzendDatum,
			boolean adviescommissie) {
		Hoofdzaak zaak = this.hoofdzaken.find(hoofdzaak)
			.orElseThrow(
					() -> new InvalidVariableException(BezwaarVariabelen.HOOFDZAAK, "Er is geen zaak met zaaknummer "
							+ hoofdzaak + ". Controleer het zaaknummer dat op de beschikking staat."));
		LocalDate bezwaarDeadline = isoDate(zaak.bezwaarDeadline());
		if (bezwaarDeadline == null) {
			throw new InvalidVariableException(BezwaarVariabelen.HOOFDZAAK, "Zaak " + hoofdzaak
					+ " heeft geen bezwaartermijn: er is (nog) geen beschikking waartegen bezwaar kan worden gemaakt.");
		}
		LocalDate ontvangen = (ontvangstDatum != null) ? ontvangstDatum : this.termijnen.vandaag();
		return new Registratie(ontvangen, bezwaarDeadline,
				this.termijnen.tijdig(bezwaarDeadline, ontvangen, verzendDatum),
				this.termijnen.beslisDeadline(bezwaarDeadline, adviescommissie, false, 0),
				this.properties.nieuwBesluitGroep(zaak.proces()));
	}

	private static LocalDate isoDate(String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * @param ontvangstDatum the day the bezwaar was received
	 * @param bezwaarDeadline the last day of the bezwaar term
	 * @param tijdig on time after Awb 6:9
	 * @param beslisDeadline the last day of the decision term
	 * @param nieuwBesluitGroep the group for a new decision after a herroeping
	 */
	record Registratie(LocalDate ontvangstDatum, LocalDate bezwaarDeadline, boolean tijdig, LocalDate beslisDeadline,
			String nieuwBesluitGroep) {
	}

}
