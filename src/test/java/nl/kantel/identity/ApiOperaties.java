package nl.kantel.identity;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

import nl.kantel.engine.EngineApiPad;

/**
 * Every request Camunda's REST API serves, read from Jersey's resource model of its
 * resource classes, sub-resource locators followed: the surface the allow-list covers.
 */
final class ApiOperaties {

	private ApiOperaties() {
	}

	static Set<Operatie> vanCamunda() {
		Set<Operatie> operaties = new TreeSet<>();
		for (Class<?> root : CamundaRestResources.getResourceClasses()) {
			Resource resource = Resource.from(root);
			if (resource != null) {
				collect(resource, List.of(), operaties, new HashSet<>());
			}
		}
		return operaties;
	}

	private static void collect(Resource resource, List<String> prefix, Set<Operatie> operaties, Set<Class<?>> path) {
		collect(resource, prefix, operaties, path, true);
	}

	/** Jersey ignores the path of the class a sub-resource locator returns. */
	private static void collect(Resource resource, List<String> prefix, Set<Operatie> operaties, Set<Class<?>> path,
			boolean ownPath) {
		List<String> templates = new ArrayList<>(prefix);
		if (ownPath && resource.getPath() != null) {
			templates.add(resource.getPath());
		}
		for (ResourceMethod method : resource.getResourceMethods()) {
			operaties.add(new Operatie(method.getHttpMethod(), EngineApiPad.van(templates)));
		}
		follow(resource.getResourceLocator(), templates, operaties, path);
		for (Resource child : resource.getChildResources()) {
			collect(child, templates, operaties, path);
		}
	}

	private static void follow(ResourceMethod locator, List<String> templates, Set<Operatie> operaties,
			Set<Class<?>> path) {
		if (locator == null) {
			return;
		}
		Method method = locator.getInvocable().getHandlingMethod();
		Class<?> type = method.getReturnType();
		if (!path.add(type)) {
			return;
		}
		collect(Resource.builder(type).build(), templates, operaties, path, false);
		path.remove(type);
	}

}
