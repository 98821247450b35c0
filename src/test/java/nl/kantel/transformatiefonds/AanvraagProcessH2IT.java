package nl.kantel.transformatiefonds;

import nl.kantel.KantelH2;

@KantelH2
class AanvraagProcessH2IT extends AanvraagProcessContract {

}
