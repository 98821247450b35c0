package nl.kantel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModelConventionsTest {

	private static final Path FIXTURES = Path.of("src/test/resources/modelconventies");

	private final List<String> violations = ModelConventions.check(FIXTURES.resolve("processes"),
			FIXTURES.resolve("forms"), Set.of("termijn")::contains);

	@Test
	@DisplayName("a flow node without a shape and a sequence flow without an edge are reported")
	void missingDiagram() {
		assertThat(this.violations).contains("fout-proces.bpmn: VerkeerdFormulier: heeft geen vorm in het diagram",
				"fout-proces.bpmn: NaarEinde: heeft geen lijn in het diagram");
	}

	@Test
	@DisplayName("a process without historyTimeToLive is reported")
	void missingHistoryTimeToLive() {
		assertThat(this.violations).contains("fout-proces.bpmn: fout-proces: heeft geen historyTimeToLive");
	}

	@Test
	@DisplayName("a user task without candidate group, without form, or with a form not in forms/ is reported")
	void userTaskConventions() {
		assertThat(this.violations).contains("fout-proces.bpmn: ZonderGroep: gebruikerstaak heeft geen kandidaatgroep",
				"fout-proces.bpmn: ZonderGroep: gebruikerstaak heeft geen formulier (camunda:formRef)",
				"fout-proces.bpmn: VerkeerdFormulier: formulier 'bestaat-niet' bestaat niet in forms/");
	}

	@Test
	@DisplayName("a delegateExpression or expression naming a bean that does not exist is reported")
	void unknownBeans() {
		assertThat(this.violations).contains(
				"fout-proces.bpmn: OnbekendeBean: delegateExpression ${onbekendeBean} noemt geen bestaande bean",
				"fout-proces.bpmn: OnbekendeMethode: expressie ${geenBean.doe(execution)} roept 'geenBean' aan, maar die bean bestaat niet");
	}

	@Test
	@DisplayName("a script task is reported")
	void scriptTask() {
		assertThat(this.violations)
			.contains("fout-proces.bpmn: Rekenen: is een scripttaak; scripts zijn niet toegestaan");
	}

	@Test
	@DisplayName("a form field without a label or with an English label is reported; a Dutch one is not")
	void formLabels() {
		assertThat(this.violations).contains("fout-formulier.form: zonderLabel: veld heeft geen label",
				"fout-formulier.form: naam: label 'Name' is niet in het Nederlands");
		assertThat(this.violations).noneMatch((violation) -> violation.contains("toelichting"));
	}

	@Test
	@DisplayName("nothing else is reported for the broken fixtures")
	void nothingElse() {
		assertThat(this.violations).hasSize(11);
	}

	@Test
	@DisplayName("a model that keeps every convention has no violations")
	void cleanModel() {
		Path clean = Path.of("src/test/resources/testmodellen");

		assertThat(ModelConventions.check(clean, clean, (bean) -> false)).isEmpty();
	}

}
