package nl.kantel.intake;

import org.springframework.stereotype.Component;

/** Policy rules of the intake the model asks about by name. */
@Component("wmoBeleid")
public class WmoBeleid {

	private final IntakeProperties properties;

	WmoBeleid(IntakeProperties properties) {
		this.properties = properties;
	}

	/** A PGB, or costs above the municipality's limit, need a teamleider's approval. */
	public boolean accorderingNodig(String leveringsvorm, Number kostenPerJaar) {
		return IntakeVariabelen.PGB.equals(leveringsvorm)
				|| (kostenPerJaar != null && kostenPerJaar.longValue() > this.properties.accorderingsgrens());
	}

}
