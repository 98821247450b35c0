package nl.kantel;

@KantelPostgres
class PlatformPostgresIT extends PlatformContract {

	@Override
	String database() {
		return "PostgreSQL";
	}

}
