package nl.kantel.identity;

import nl.kantel.KantelPostgres;

@KantelPostgres
class SecurityPostgresIT extends SecurityContract {

}
