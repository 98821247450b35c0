package nl.kantel.intake;

import nl.kantel.KantelPostgres;

@KantelPostgres
class WmoIntakeRestPostgresIT extends WmoIntakeRestContract {

}
