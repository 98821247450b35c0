package nl.kantel.engine;

import javax.script.ScriptEngine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptingEngines;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * No script from a model ever runs: a model with a script task is refused when it is
 * deployed, and any other script (a listener, condition, mapping or DMN expression in a
 * script language) fails with this message instead of executing. Logic belongs in named
 * Spring beans, where it is reviewed and tested.
 */
@Component
class ScriptsRefused extends AbstractProcessEnginePlugin {

	static final String MESSAGE = "Scripts in modellen zijn in Kantel uitgeschakeld; roep een Spring-bean aan";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setScriptingEngines(new ScriptingEngines(new DefaultScriptEngineResolver(null)) {

			@Override
			public ScriptEngine getScriptEngineForLanguage(String language) {
				throw new ProcessEngineException(MESSAGE + " (taal " + language + ")");
			}

		});
		ParseListeners.addFirst(configuration, new AbstractBpmnParseListener() {

			@Override
			public void parseScriptTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				throw new BadUserRequestException(MESSAGE + " (scriptTask " + activity.getId() + ")");
			}

		});
	}

}
