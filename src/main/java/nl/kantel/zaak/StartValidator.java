package nl.kantel.zaak;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import nl.kantel.zaak.InvalidVariableException.Violation;

/**
 * The start checks of one process that a form cannot express (an 11-proef, a date not in
 * the future). A room registers one as a bean; it runs before the case gets its
 * zaaknummer.
 */
public interface StartValidator {

	String processKey();

	List<Violation> validate(VariableScope start);

}
