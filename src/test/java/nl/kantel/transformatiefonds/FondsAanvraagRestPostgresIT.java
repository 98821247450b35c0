package nl.kantel.transformatiefonds;

import nl.kantel.KantelPostgres;

@KantelPostgres
class FondsAanvraagRestPostgresIT extends FondsAanvraagRestContract {

}
