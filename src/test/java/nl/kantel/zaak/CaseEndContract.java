package nl.kantel.zaak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case may not end without its resultaat; cancelling a running case is always possible.
 */
abstract class CaseEndContract {

	private static final String KEY = "proef-zonder-resultaat";

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@BeforeEach
	void deployProcessWithoutResultaat() {
		this.repository.createDeployment()
			.addModelInstance(KEY + ".bpmn",
					Bpmn.createExecutableProcess(KEY)
						.camundaHistoryTimeToLive(5)
						.startEvent()
						.receiveTask("Wachten")
						.endEvent()
						.done())
			.enableDuplicateFiltering(true)
			.name(KEY)
			.deploy();
	}

	@Test
	@DisplayName("a case that reaches its end without a resultaat fails and stays where it was")
	void endWithoutResultaatFails() {
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(KEY);

		assertThatThrownBy(() -> this.runtime.signal(instance.getId()))
			.hasMessageContaining("Zaak " + instance.getBusinessKey() + " eindigt zonder variabele 'resultaat'");
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
	}

	@Test
	@DisplayName("a case that sets its resultaat ends with it in history")
	void endWithResultaat() {
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(KEY);
		this.runtime.setVariable(instance.getId(), "resultaat", "afgerond");

		this.runtime.signal(instance.getId());

		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getEndTime()).isNotNull();
	}

	@Test
	@DisplayName("an administrator can cancel a running case without a resultaat")
	void cancelWithoutResultaat() {
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(KEY);

		this.runtime.deleteProcessInstance(instance.getId(), "dubbel ingevoerd");

		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
	}

}
