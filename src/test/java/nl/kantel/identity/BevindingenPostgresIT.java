package nl.kantel.identity;

import nl.kantel.KantelPostgres;

@KantelPostgres
class BevindingenPostgresIT extends BevindingenContract {

}
