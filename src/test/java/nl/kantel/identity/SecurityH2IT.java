package nl.kantel.identity;

import nl.kantel.KantelH2;

@KantelH2
class SecurityH2IT extends SecurityContract {

}
