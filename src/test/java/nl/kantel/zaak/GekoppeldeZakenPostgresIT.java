package nl.kantel.zaak;

import nl.kantel.KantelPostgres;

@KantelPostgres
class GekoppeldeZakenPostgresIT extends GekoppeldeZakenContract {

}
