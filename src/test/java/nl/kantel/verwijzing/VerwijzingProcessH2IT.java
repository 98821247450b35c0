package nl.kantel.verwijzing;

import nl.kantel.KantelH2;

@KantelH2
class VerwijzingProcessH2IT extends VerwijzingProcessContract {

	@Override
	String databaseProduct() {
		return "H2";
	}

}
