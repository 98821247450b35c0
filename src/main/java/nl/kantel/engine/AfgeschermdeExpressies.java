package nl.kantel.engine;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The expressions of a model ({@code ${termijn.plusWeken(...)}}, conditions, listeners)
 * reach the case's variables, Kantel's own named beans and plain values (texts, numbers,
 * dates, lists, maps, decision results), nothing else: not the engine's services through
 * {@code execution}, not other Spring beans (the data source, the engine), not classes or
 * reflection. A designer's deployment can so do no more than the steps Kantel offers it.
 */
class AfgeschermdeExpressies extends JuelExpressionManager {

	static final String KANTEL = "nl.kantel.";

	/** What a model may ask of the execution or task it runs in. */
	private static final Set<String> VAN_DE_ZAAK = Set.of("getVariable", "getVariableLocal", "getVariableTyped",
			"hasVariable", "hasVariableLocal", "setVariable", "setVariableLocal", "getProcessBusinessKey",
			"getBusinessKey", "getProcessInstanceId", "getId", "getCurrentActivityId", "getCurrentActivityName",
			"getActivityInstanceId", "getEventName", "getTaskDefinitionKey", "getAssignee", "getName", "getDueDate",
			"isCanceled");

	private static final Set<String> NOOIT = Set.of("getClass", "class", "forName", "getDeclaredMethod", "getMethod",
			"newInstance", "invoke", "wait", "notify", "notifyAll");

	private final ApplicationContext beans;

	AfgeschermdeExpressies(ApplicationContext beans) {
		this.beans = beans;
	}

	@Override
	protected ELResolver createElResolver() {
		CompositeELResolver resolver = new CompositeELResolver();
		resolver.add(new VariableScopeElResolver());
		resolver.add(new VariableContextElResolver());
		resolver.add(new KantelBeans(this.beans));
		resolver.add(new ArrayELResolver(true));
		resolver.add(new ListELResolver(true));
		resolver.add(new MapELResolver(true));
		resolver.add(new Afgeschermd());
		return resolver;
	}

	static boolean toegestaan(Object base, String name) {
		if (name == null || NOOIT.contains(name)) {
			return false;
		}
		if (base instanceof VariableScope) {
			return VAN_DE_ZAAK.contains(name) || VAN_DE_ZAAK.contains(getter(name));
		}
		return base.getClass().getName().startsWith(KANTEL) || isWaarde(base);
	}

	private static boolean isWaarde(Object base) {
		return base instanceof CharSequence || base instanceof Number || base instanceof Boolean
				|| base instanceof Character || base instanceof Enum<?> || base instanceof TemporalAccessor
				|| base instanceof Date || base instanceof Map<?, ?> || base instanceof Collection<?>
				|| base.getClass().getName().startsWith("org.camunda.bpm.dmn.engine.")
				|| base.getClass().getName().startsWith("org.camunda.spin.");
	}

	private static String getter(String property) {
		return "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
	}

	private static BadUserRequestException geweigerd(Object base, String name) {
		return new BadUserRequestException("Een expressie in een model mag '" + name + "' van "
				+ base.getClass().getSimpleName() + " niet gebruiken; roep een Kantel-bean aan.");
	}

	/** Kantel's own beans by name; other Spring beans do not exist for a model. */
	static final class KantelBeans extends ELResolver {

		private final ApplicationContext beans;

		KantelBeans(ApplicationContext beans) {
			this.beans = beans;
		}

		@Override
		public Object getValue(ELContext context, Object base, Object property) {
			if (base == null && property instanceof String name && this.beans.containsBean(name)) {
				Class<?> type = this.beans.getType(name);
				if (type == null || !type.getName().startsWith(KANTEL)) {
					throw new BadUserRequestException("Een expressie in een model mag '" + name
							+ "' niet gebruiken; alleen Kantel's eigen beans en de gegevens van de zaak.");
				}
				context.setPropertyResolved(true);
				return this.beans.getBean(name);
			}
			return null;
		}

		@Override
		public Class<?> getType(ELContext context, Object base, Object property) {
			return null;
		}

		@Override
		public void setValue(ELContext context, Object base, Object property, Object value) {
		}

		@Override
		public boolean isReadOnly(ELContext context, Object base, Object property) {
			return true;
		}

		@Override
		public Class<?> getCommonPropertyType(ELContext context, Object base) {
			return Object.class;
		}

		@Override
		public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
			return Collections.emptyIterator();
		}

	}

	/** Properties and methods only of what {@link #toegestaan} allows. */
	static final class Afgeschermd extends BeanELResolver {

		Afgeschermd() {
			super(true);
		}

		@Override
		public Object getValue(ELContext context, Object base, Object property) {
			check(base, property);
			return super.getValue(context, base, property);
		}

		@Override
		public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
			check(base, method);
			return super.invoke(context, base, method, paramTypes, params);
		}

		private static void check(Object base, Object name) {
			if (base != null && !toegestaan(base, (name instanceof Method m) ? m.getName() : String.valueOf(name))) {
				throw geweigerd(base, String.valueOf(name));
			}
		}

	}

}
