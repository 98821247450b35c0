package nl.kantel.identity;

import nl.kantel.KantelH2;

@KantelH2
class BevindingenH2IT extends BevindingenContract {

}
