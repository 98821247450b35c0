package nl.kantel.fonds;

import nl.kantel.KantelPostgres;

@KantelPostgres
class GrootboekPostgresIT extends GrootboekContract {

}
