package nl.kantel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rooms of the house (DESIGN.md): no room depends on another in a circle, and only
 * the plumbing rooms reach into Camunda's internals ({@code impl} packages); a
 * trajectory's room uses the engine's public API and the plumbing's small public types.
 */
@AnalyzeClasses(packages = "nl.kantel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectuurTest {

	@ArchTest
	static final ArchRule kamersZonderKringen = slices().matching("nl.kantel.(*)..")
		.should()
		.beFreeOfCycles()
		.as("Kantel's rooms depend on each other without cycles");

	@ArchTest
	static final ArchRule camundaIntern = noClasses().that()
		.resideInAnyPackage("nl.kantel.intake..", "nl.kantel.verwijzing..", "nl.kantel.bezwaar..", "nl.kantel.fonds..",
				"nl.kantel.doorbraak..", "nl.kantel.inkoop..", "nl.kantel.brief..", "nl.kantel.dashboard..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.camunda.bpm.engine.impl..")
		.as("only the plumbing rooms (engine, identity, formulier, zaak, post, termijn) use Camunda's impl packages");

}
