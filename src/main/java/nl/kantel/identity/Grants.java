package nl.kantel.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Grants and revokes permissions without duplicates: an existing authorization of the
 * same group and resource gets the missing permissions, and is saved only on a change.
 */
record Grants(AuthorizationService service) {

	void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		save(AUTH_TYPE_GRANT, groupId, resource, resourceId, permissions);
	}

	void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = this.service.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GRANT)
			.resourceType(resource)
			.resourceId(resourceId)
			.groupIdIn(groupId)
			.singleResult();
		boolean changed = false;
		for (Permission permission : permissions) {
			if (authorization != null && authorization.isPermissionGranted(permission)) {
				authorization.removePermission(permission);
				changed = true;
			}
		}
		if (changed) {
			this.service.saveAuthorization(authorization);
		}
	}

	void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
		save(AUTH_TYPE_GLOBAL, null, resource, resourceId, permissions);
	}

	/**
	 * Adds the permissions to the existing authorization, or creates it; saves only a
	 * change.
	 */
	private void save(int type, String groupId, Resource resource, String resourceId, Permission... permissions) {
		AuthorizationQuery query = this.service.createAuthorizationQuery()
			.authorizationType(type)
			.resourceType(resource)
			.resourceId(resourceId);
		Authorization authorization = ((groupId == null) ? query : query.groupIdIn(groupId)).singleResult();
		if (authorization == null) {
			authorization = this.service.createNewAuthorization(type);
			if (groupId == null) {
				authorization.setUserId(ANY);
			}
			else {
				authorization.setGroupId(groupId);
			}
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		boolean changed = authorization.getId() == null;
		for (Permission permission : permissions) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				changed = true;
			}
		}
		if (changed) {
			this.service.saveAuthorization(authorization);
		}
	}

}
