package nl.kantel.verwijzing;

import nl.kantel.KantelH2;

@KantelH2
class VerwijzingRestH2IT extends VerwijzingRestContract {

}
