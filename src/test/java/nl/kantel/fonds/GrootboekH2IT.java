package nl.kantel.fonds;

import nl.kantel.KantelH2;

@KantelH2
class GrootboekH2IT extends GrootboekContract {

}
