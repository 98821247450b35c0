package nl.kantel.bezwaar;

import nl.kantel.KantelPostgres;

@KantelPostgres
class BezwaarRestPostgresIT extends BezwaarRestContract {

}
