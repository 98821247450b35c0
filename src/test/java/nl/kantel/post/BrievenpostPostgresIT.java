package nl.kantel.post;

import nl.kantel.KantelPostgres;

@KantelPostgres
class BrievenpostPostgresIT extends BrievenpostContract {

}
