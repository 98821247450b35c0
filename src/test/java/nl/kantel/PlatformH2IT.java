package nl.kantel;

@KantelH2
class PlatformH2IT extends PlatformContract {

	@Override
	String database() {
		return "H2";
	}

}
