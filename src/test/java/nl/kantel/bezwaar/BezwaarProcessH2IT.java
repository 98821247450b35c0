package nl.kantel.bezwaar;

import nl.kantel.KantelH2;

@KantelH2
class BezwaarProcessH2IT extends BezwaarProcessContract {

}
