package nl.kantel.intake;

import nl.kantel.KantelH2;

@KantelH2
class WmoIntakeProcessH2IT extends WmoIntakeProcessContract {

}
