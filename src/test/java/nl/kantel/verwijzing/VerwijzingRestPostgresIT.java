package nl.kantel.verwijzing;

import nl.kantel.KantelPostgres;

@KantelPostgres
class VerwijzingRestPostgresIT extends VerwijzingRestContract {

}
