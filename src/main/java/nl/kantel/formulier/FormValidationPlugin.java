package nl.kantel.formulier;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import nl.kantel.engine.ParseListeners;
import nl.kantel.zaak.InvalidVariableException;
import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * Makes every check of a Camunda Form again on the server, driven by the form file
 * itself: when a start event with a form starts a case, and when a user task with a form
 * is completed, by Tasklist or by any REST client. Built-in listeners, so that a start or
 * modification that skips custom listeners does not skip the form's checks.
 */
@Component
class FormValidationPlugin extends AbstractProcessEnginePlugin {

	private final DeployedForms forms = new DeployedForms();

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		ParseListeners.addLast(configuration, new AbstractBpmnParseListener() {

			@Override
			public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
				String formRef = formRef(element);
				if (formRef != null) {
					activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
							(ExecutionListener) (execution) -> validate(formRef, execution.getProcessDefinitionId(),
									execution));
				}
			}

			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				String formRef = formRef(element);
				if (formRef != null) {
					((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
						.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
								(TaskListener) (task) -> validate(formRef, task.getProcessDefinitionId(), task));
				}
			}

		});
	}

	DeployedForms forms() {
		return this.forms;
	}

	private void validate(String formRef, String processDefinitionId, VariableScope values) {
		FormDefinition form = this.forms.find(Context.getCommandContext(), processDefinitionId, formRef);
		List<Violation> violations = FormValidator.validate(form, values::getVariable);
		if (!violations.isEmpty()) {
			throw new InvalidVariableException(violations);
		}
	}

	private static String formRef(Element element) {
		String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
		return (formRef == null || formRef.isBlank()) ? null : formRef;
	}

}
