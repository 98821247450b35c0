package nl.kantel.post;

import nl.kantel.KantelPostgres;

@KantelPostgres
class UitgaandePostPostgresIT extends UitgaandePostContract {

}
