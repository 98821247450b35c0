package nl.kantel.post;

import nl.kantel.KantelH2;

@KantelH2
class UitgaandePostH2IT extends UitgaandePostContract {

}
