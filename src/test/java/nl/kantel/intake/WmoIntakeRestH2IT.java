package nl.kantel.intake;

import nl.kantel.KantelH2;

@KantelH2
class WmoIntakeRestH2IT extends WmoIntakeRestContract {

}
