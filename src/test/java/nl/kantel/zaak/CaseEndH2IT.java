package nl.kantel.zaak;

import nl.kantel.KantelH2;

@KantelH2
class CaseEndH2IT extends CaseEndContract {

}
