package nl.kantel.zaak;

import nl.kantel.KantelH2;

@KantelH2
class StartValidationH2IT extends StartValidationContract {

}
