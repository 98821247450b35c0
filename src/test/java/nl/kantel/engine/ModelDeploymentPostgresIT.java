package nl.kantel.engine;

import nl.kantel.KantelPostgres;

@KantelPostgres
class ModelDeploymentPostgresIT extends ModelDeploymentContract {

}
