package nl.kantel.identity;

import nl.kantel.KantelH2;

@KantelH2
class ToegangsmatrixH2IT extends ToegangsmatrixContract {

}
