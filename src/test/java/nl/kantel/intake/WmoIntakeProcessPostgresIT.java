package nl.kantel.intake;

import nl.kantel.KantelPostgres;

@KantelPostgres
class WmoIntakeProcessPostgresIT extends WmoIntakeProcessContract {

}
