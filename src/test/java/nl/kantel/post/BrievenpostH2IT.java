package nl.kantel.post;

import nl.kantel.KantelH2;

@KantelH2
class BrievenpostH2IT extends BrievenpostContract {

}
