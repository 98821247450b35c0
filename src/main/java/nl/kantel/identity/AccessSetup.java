package nl.kantel.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Creates the contract's groups, what each may do, and the Tasklist filters, on every
 * start and without duplicates. A staff group sees and starts only the processes it works
 * in (setting {@code kantel.identity.processen}); the tasks it sees follow from the
 * candidate groups in the models, for which the engine grants read and work rights per
 * task.
 */
@Component
class AccessSetup extends AbstractProcessEnginePlugin {

	static final String FILTER_GROUP_TASKS = "Taken van mijn teams";

	static final String FILTER_MY_TASKS = "Mijn taken";

	private final IdentityProperties properties;

	AccessSetup(IdentityProperties properties) {
		this.properties = properties;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new TaakrechtenZonderGeschiedenis());
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		createGroups(engine.getIdentityService());
		removeTaskHistoryGrants(engine.getAuthorizationService());
		Grants grants = new Grants(engine.getAuthorizationService());
		grantProcessWork(grants);
		grantPortals(grants);
		grantManager(grants);
		grantDesigner(grants);
		grantAdministrator(grants);
		createFilters(engine, grants);
	}

	/** A database from before {@link TaakrechtenZonderGeschiedenis} still has them. */
	private void removeTaskHistoryGrants(AuthorizationService authorizations) {
		authorizations.createAuthorizationQuery()
			.resourceType(Resources.HISTORIC_TASK)
			.list()
			.forEach((authorization) -> authorizations.deleteAuthorization(authorization.getId()));
	}

	private void createGroups(IdentityService identity) {
		for (KantelGroup kantelGroup : KantelGroup.values()) {
			if (identity.createGroupQuery().groupId(kantelGroup.id()).count() == 0) {
				Group group = identity.newGroup(kantelGroup.id());
				group.setName(kantelGroup.displayName());
				group.setType(kantelGroup.isSystem() ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
				identity.saveGroup(group);
			}
		}
	}

	private void grantProcessWork(Grants grants) {
		for (Map.Entry<String, List<String>> entry : this.properties.processen().entrySet()) {
			String process = entry.getKey();
			for (String group : entry.getValue()) {
				grants.grant(group, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
						ProcessDefinitionPermissions.CREATE_INSTANCE);
				Permission[] readCases = { ProcessDefinitionPermissions.READ_INSTANCE,
						ProcessDefinitionPermissions.READ_HISTORY };
				if (this.properties.lezenPerZaak().contains(process)) {
					// A database from before this setting still has the group-wide read.
					grants.revoke(group, Resources.PROCESS_DEFINITION, process, readCases);
				}
				else {
					grants.grant(group, Resources.PROCESS_DEFINITION, process, readCases);
				}
				grants.grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
				grants.grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			}
		}
	}

	private void grantPortals(Grants grants) {
		String portaal = KantelGroup.PORTAAL.id();
		for (String process : this.properties.portaalProcessen()) {
			grants.grant(portaal, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
					ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE);
		}
		grants.grant(portaal, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
	}

	private void grantManager(Grants grants) {
		String manager = KantelGroup.MANAGER.id();
		grants.grant(manager, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
				ProcessDefinitionPermissions.READ_TASK);
		grants.grant(manager, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
		grants.grant(manager, Resources.TASK, ANY, Permissions.READ);
		grants.grant(manager, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
		grants.grant(manager, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
		grants.grant(manager, Resources.DEPLOYMENT, ANY, Permissions.READ);
		grants.grant(manager, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grants.grant(manager, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
	}

	private void grantDesigner(Grants grants) {
		String designer = KantelGroup.PROCESONTWERPER.id();
		grants.grant(designer, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
		grants.grant(designer, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.UPDATE, ProcessDefinitionPermissions.SUSPEND);
		grants.grant(designer, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.UPDATE);
		grants.grant(designer, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
		grants.grant(designer, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
	}

	/**
	 * The starter grants these only when it creates the first admin user; a restart must
	 * keep them.
	 */
	private void grantAdministrator(Grants grants) {
		for (Resources resource : Resources.values()) {
			grants.grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
		}
	}

	private void createFilters(ProcessEngine engine, Grants grants) {
		TaskQuery groupTasks = engine.getTaskService()
			.createTaskQuery()
			.taskCandidateGroupInExpression("${currentUserGroups()}")
			.includeAssignedTasks();
		TaskQuery myTasks = engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}");
		createFilter(engine, grants, FILTER_GROUP_TASKS, "Taken voor de teams waarin u werkt", -10, groupTasks);
		createFilter(engine, grants, FILTER_MY_TASKS, "Taken die u hebt geclaimd", 0, myTasks);
	}

	private void createFilter(ProcessEngine engine, Grants grants, String name, String description, int priority,
			TaskQuery query) {
		Filter filter = engine.getFilterService().createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = engine.getFilterService()
				.newTaskFilter(name)
				.setQuery(query)
				.setProperties(Map.of("description", description, "priority", priority, "autoRefresh", true));
			engine.getFilterService().saveFilter(filter);
		}
		grants.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
	}

}
