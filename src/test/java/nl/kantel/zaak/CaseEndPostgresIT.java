package nl.kantel.zaak;

import nl.kantel.KantelPostgres;

@KantelPostgres
class CaseEndPostgresIT extends CaseEndContract {

}
