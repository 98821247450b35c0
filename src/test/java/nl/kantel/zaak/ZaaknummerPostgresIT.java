package nl.kantel.zaak;

import nl.kantel.KantelPostgres;

@KantelPostgres
class ZaaknummerPostgresIT extends ZaaknummerContract {

}
