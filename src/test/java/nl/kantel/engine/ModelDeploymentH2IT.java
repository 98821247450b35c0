package nl.kantel.engine;

import nl.kantel.KantelH2;

@KantelH2
class ModelDeploymentH2IT extends ModelDeploymentContract {

}
