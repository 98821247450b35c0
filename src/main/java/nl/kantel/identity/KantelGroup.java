package nl.kantel.identity;

import java.util.Arrays;
import java.util.Optional;

import org.camunda.bpm.engine.authorization.Groups;

/** The groups of the contract, with the name staff see in Admin and Tasklist. */
public enum KantelGroup {

	WMO_CONSULENT("wmo-consulent", "Wmo-consulenten"), TEAMLEIDER_WMO("teamleider-wmo", "Teamleiders Wmo"),
	WELZIJNSCOACH("welzijnscoach", "Welzijnscoaches"), WIJKTEAM("wijkteam", "Sociaal wijkteam"),
	SCHULDHULP("schuldhulp", "Schuldhulpverlening"), WERK_EN_INKOMEN("werk-en-inkomen", "Werk en inkomen"),
	SLEUTELTEAM("sleutelteam", "Sleutelteam"), TRANSFORMATIETEAM("transformatieteam", "Transformatieteam"),
	ADVIESCOMMISSIE("adviescommissie", "Adviescommissie van ervaringsdeskundigen"),
	PROGRAMMAMANAGER("programmamanager", "Programmamanagers"), WETHOUDER("wethouder", "Wethouder"),
	INKOPER("inkoper", "Inkopers"), INKOOP_BEOORDELAAR("inkoop-beoordelaar", "Beoordelaars inkoop"),
	INKOOP_MANAGER("inkoop-manager", "Inkoopmanagers"), CLIENTENRAAD("clientenraad", "Cliëntenraad"),
	JURIDISCH("juridisch", "Juridische zaken"), MANAGER("manager", "Managers"),
	PROCESONTWERPER("procesontwerper", "Procesontwerpers"), CAMUNDA_ADMIN(Groups.CAMUNDA_ADMIN, "Beheerders"),
	PORTAAL("portaal", "Portalen en koppelingen");

	private final String id;

	private final String displayName;

	KantelGroup(String id, String displayName) {
		this.id = id;
		this.displayName = displayName;
	}

	public String id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	/** Systems and administrators; every other group is a team of staff. */
	boolean isSystem() {
		return this == CAMUNDA_ADMIN || this == PORTAAL;
	}

	public static Optional<KantelGroup> byId(String id) {
		return Arrays.stream(values()).filter((group) -> group.id.equals(id)).findFirst();
	}

}
