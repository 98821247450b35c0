package nl.kantel.zaak;

import nl.kantel.KantelH2;

@KantelH2
class ZaaknummerH2IT extends ZaaknummerContract {

}
