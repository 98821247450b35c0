package nl.kantel.identity;

import java.util.Arrays;
import java.util.Optional;

import org.camunda.bpm.engine.authorization.Groups;

/** The groups of the contract, with the name staff see in Admin and Tasklist. */
public enum KantelGroup {

	WMO_CONSULENT("wmo-consulent", "Wmo-consulenten"), TEAMLEIDER_WMO("teamleider-wmo", "Teamleiders Wmo"),
	WELZIJNSCOACH("welzijnscoach", "Welzijnscoaches"), WIJKTEAM("wijkteam", "Sociaal wijkteam"),
	SCHULDHULP("schuldhulp", "Schuldhulpverlening"), WERK_EN_INKOMEN("werk-en-inkomen", "Werk en inkomen"),
	COORDINATOR_WELZIJN("coordinator-welzijn", "Coördinatoren welzijn", WELZIJNSCOACH),
	COORDINATOR_WIJKTEAM("coordinator-wijkteam", "Coördinatoren sociaal wijkteam", WIJKTEAM),
	COORDINATOR_SCHULDHULP("coordinator-schuldhulp", "Coördinatoren schuldhulpverlening", SCHULDHULP),
	COORDINATOR_WERK_EN_INKOMEN("coordinator-werk-en-inkomen", "Coördinatoren werk en inkomen", WERK_EN_INKOMEN),
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

	private final KantelGroup team;

	KantelGroup(String id, String displayName) {
		this(id, displayName, null);
	}

	/** A group of coordinators, who also work in their team. */
	KantelGroup(String id, String displayName, KantelGroup team) {
		this.id = id;
		this.displayName = displayName;
		this.team = team;
	}

	public String id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	/** The team a coordinator leads, if this is a group of coordinators. */
	Optional<KantelGroup> team() {
		return Optional.ofNullable(this.team);
	}

	/** Systems and administrators; every other group is a team of staff. */
	boolean isSystem() {
		return this == CAMUNDA_ADMIN || this == PORTAAL;
	}

	public static Optional<KantelGroup> byId(String id) {
		return Arrays.stream(values()).filter((group) -> group.id.equals(id)).findFirst();
	}

}
