package nl.kantel.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import nl.kantel.formulier.FormDefinition;
import nl.kantel.formulier.FormField;

/**
 * The conventions of DESIGN.md that every file in processes/ and forms/ must keep. Each
 * violation names the file and the element.
 */
final class ModelConventions {

	private static final Pattern METHOD_CALL = Pattern
		.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\(");

	private static final Pattern ROOT_IDENTIFIER = Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

	/**
	 * Names the engine itself resolves inside an expression; decisionResult in the output
	 * mapping of a business rule task.
	 */
	private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "S", "XML", "JSON",
			"dateTime", "authenticatedUserId", "variableScope", "caseExecution", "decisionResult");

	/**
	 * English words a Dutch label does not consist of; a label made of one of them is
	 * untranslated.
	 */
	private static final Set<String> ENGLISH = Set.of("name", "date", "description", "amount", "yes", "no", "submit",
			"comment", "comments", "reason", "email", "phone", "address", "approved", "decision", "type", "status",
			"start", "end", "notes", "first name", "last name");

	private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	private final Predicate<String> beanExists;

	private final List<String> violations = new ArrayList<>();

	private final Set<String> formIds = new HashSet<>();

	private ModelConventions(Predicate<String> beanExists) {
		this.beanExists = beanExists;
	}

	static List<String> check(Path processes, Path forms, Predicate<String> beanExists) {
		ModelConventions conventions = new ModelConventions(beanExists);
		files(forms, ".form").forEach(conventions::checkForm);
		files(processes, ".bpmn").forEach(conventions::checkProcess);
		files(processes, ".dmn").forEach(conventions::checkDecision);
		return conventions.violations;
	}

	private void checkForm(Path file) {
		FormDefinition form = FormDefinition.parse(read(file));
		this.formIds.add(form.id());
		for (FormField field : form.fields()) {
			String label = field.label();
			if (label == null || label.isBlank()) {
				report(file, field.key(), "veld heeft geen label");
			}
			else if (ENGLISH.contains(label.trim().toLowerCase())) {
				report(file, field.key(), "label '" + label + "' is niet in het Nederlands");
			}
		}
	}

	private void checkProcess(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		Set<String> drawn = new HashSet<>();
		model.getModelElementsByType(BpmnShape.class).forEach((shape) -> drawn.add(id(shape.getBpmnElement())));
		model.getModelElementsByType(BpmnEdge.class).forEach((edge) -> drawn.add(id(edge.getBpmnElement())));
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			if (!drawn.contains(node.getId())) {
				report(file, node.getId(), "heeft geen vorm in het diagram");
			}
		}
		for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
			if (!drawn.contains(flow.getId())) {
				report(file, flow.getId(), "heeft geen lijn in het diagram");
			}
		}
		for (Process process : model.getModelElementsByType(Process.class)) {
			if (process.getCamundaHistoryTimeToLiveString() == null) {
				report(file, process.getId(), "heeft geen historyTimeToLive");
			}
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			checkUserTask(file, task);
		}
		for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
			report(file, script.getId(), "is een scripttaak; scripts zijn niet toegestaan");
		}
		for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
			report(file, owner(script), "bevat een script; scripts zijn niet toegestaan");
		}
		for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
			if (condition.getLanguage() != null) {
				report(file, owner(condition), "heeft een scriptconditie; scripts zijn niet toegestaan");
			}
		}
		checkExpressions(file);
	}

	private void checkUserTask(Path file, UserTask task) {
		if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
			report(file, task.getId(), "gebruikerstaak heeft geen kandidaatgroep");
		}
		String formRef = task.getCamundaFormRef();
		if (formRef == null || formRef.isBlank()) {
			report(file, task.getId(), "gebruikerstaak heeft geen formulier (camunda:formRef)");
		}
		else if (!this.formIds.contains(formRef)) {
			report(file, task.getId(), "formulier '" + formRef + "' bestaat niet in forms/");
		}
	}

	private void checkDecision(Path file) {
		Document dmn = parse(file);
		for (Element element : elements(dmn.getDocumentElement())) {
			String language = element.getAttribute("expressionLanguage");
			if (!language.isBlank() && !Set.of("feel", "juel").contains(language.toLowerCase())) {
				report(file, element.getAttribute("id"), "gebruikt scripttaal " + language);
			}
		}
	}

	/**
	 * Every bean an expression calls must exist; a delegateExpression must name a bean. A
	 * variable the model declares itself (a task's result variable) may be called too.
	 */
	private void checkExpressions(Path file) {
		List<Element> elements = elements(parse(file).getDocumentElement());
		Set<String> declared = new HashSet<>();
		for (Element element : elements) {
			String resultVariable = element.getAttributeNS(CAMUNDA, "resultVariable");
			if (!resultVariable.isBlank()) {
				declared.add(resultVariable);
			}
		}
		for (Element element : elements) {
			String where = element.getAttribute("id").isBlank() ? element.getTagName() : element.getAttribute("id");
			NamedNodeMap attributes = element.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				Node attribute = attributes.item(i);
				String value = attribute.getNodeValue();
				if (attribute.getNodeName().endsWith("delegateExpression")) {
					Matcher root = ROOT_IDENTIFIER.matcher(value.trim());
					if (!root.find() || !this.beanExists.test(root.group(1))) {
						report(file, where, "delegateExpression " + value + " noemt geen bestaande bean");
					}
				}
				checkCalledBeans(file, where, value, declared);
			}
			if (element.getChildNodes().getLength() == 1 && element.getFirstChild().getNodeType() == Node.TEXT_NODE) {
				checkCalledBeans(file, where, element.getTextContent(), declared);
			}
		}
	}

	private void checkCalledBeans(Path file, String where, String value, Set<String> declared) {
		if (!value.contains("${") && !value.contains("#{")) {
			return;
		}
		Matcher call = METHOD_CALL.matcher(value);
		while (call.find()) {
			String name = call.group(1);
			if (!ENGINE_NAMES.contains(name) && !declared.contains(name) && !this.beanExists.test(name)) {
				report(file, where,
						"expressie " + value.trim() + " roept '" + name + "' aan, maar die bean bestaat niet");
			}
		}
	}

	private void report(Path file, String element, String problem) {
		this.violations.add(file.getFileName() + ": " + element + ": " + problem);
	}

	private static String id(BaseElement element) {
		return (element == null) ? "" : element.getId();
	}

	private static String owner(ModelElementInstance element) {
		for (ModelElementInstance parent = element; parent != null; parent = parent.getParentElement()) {
			if (parent instanceof BaseElement base && base.getId() != null) {
				return base.getId();
			}
		}
		return "?";
	}

	private static List<Element> elements(Element root) {
		List<Element> all = new ArrayList<>();
		all.add(root);
		NodeList children = root.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child) {
				all.addAll(elements(child));
			}
		}
		return all;
	}

	private static Document parse(Path file) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(file.toFile());
		}
		catch (Exception ex) {
			throw new IllegalStateException(file + " is geen geldige XML", ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> files(Path folder, String extension) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.filter((path) -> path.toString().endsWith(extension)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
