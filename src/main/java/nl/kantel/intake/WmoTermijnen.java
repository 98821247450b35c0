package nl.kantel.intake;

import java.util.Date;

import org.springframework.stereotype.Component;

import nl.kantel.termijn.TermijnExpressions;

/** The intake's warning moment before a legal deadline, for the model's timers. */
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

}
