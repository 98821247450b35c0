package nl.kantel.bezwaar;

import nl.kantel.KantelPostgres;

@KantelPostgres
class BezwaarProcessPostgresIT extends BezwaarProcessContract {

}
