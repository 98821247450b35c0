package nl.kantel.bezwaar;

import nl.kantel.KantelH2;

@KantelH2
class BezwaarRestH2IT extends BezwaarRestContract {

}
