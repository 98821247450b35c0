package nl.kantel.identity;

import nl.kantel.KantelPostgres;

@KantelPostgres
class ToegangsmatrixPostgresIT extends ToegangsmatrixContract {

}
