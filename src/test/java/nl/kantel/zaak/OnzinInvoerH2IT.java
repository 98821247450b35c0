package nl.kantel.zaak;

import nl.kantel.KantelH2;

@KantelH2
class OnzinInvoerH2IT extends OnzinInvoerContract {

}
