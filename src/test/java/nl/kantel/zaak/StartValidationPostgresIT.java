package nl.kantel.zaak;

import nl.kantel.KantelPostgres;

@KantelPostgres
class StartValidationPostgresIT extends StartValidationContract {

}
