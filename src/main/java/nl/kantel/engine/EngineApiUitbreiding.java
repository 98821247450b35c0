package nl.kantel.engine;

import org.glassfish.jersey.server.ResourceConfig;

/**
 * Something a room adds to Camunda's REST API (filters, exception mappers): registered
 * both at {@code /engine-rest} and in the webapps' copy at {@code /camunda/api/engine},
 * which Tasklist and Cockpit use, so that both answer alike.
 */
public interface EngineApiUitbreiding {

	void registreer(ResourceConfig config);

}
