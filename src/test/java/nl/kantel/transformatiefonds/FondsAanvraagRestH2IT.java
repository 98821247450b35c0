package nl.kantel.transformatiefonds;

import nl.kantel.KantelH2;

@KantelH2
class FondsAanvraagRestH2IT extends FondsAanvraagRestContract {

}
