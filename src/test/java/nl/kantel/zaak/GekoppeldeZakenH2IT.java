package nl.kantel.zaak;

import nl.kantel.KantelH2;

@KantelH2
class GekoppeldeZakenH2IT extends GekoppeldeZakenContract {

}
