package nl.kantel.transformatiefonds;

import nl.kantel.KantelPostgres;

@KantelPostgres
class AanvraagProcessPostgresIT extends AanvraagProcessContract {

}
