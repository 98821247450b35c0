package nl.kantel.zaak;

import nl.kantel.KantelPostgres;

@KantelPostgres
class OnzinInvoerPostgresIT extends OnzinInvoerContract {

}
