package nl.kantel.verwijzing;

import nl.kantel.KantelPostgres;

@KantelPostgres
class VerwijzingProcessPostgresIT extends VerwijzingProcessContract {

	@Override
	String databaseProduct() {
		return "PostgreSQL";
	}

}
