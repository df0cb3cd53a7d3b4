package io.github.zitadelstarter.test;

/**
 * Which of ZITADEL's v2 API calls a service user of the test server may make, as the
 * manager roles of a real instance decide: set with
 * {@code server.resources().setManagerRole(user, role)}. Every service user starts as
 * {@link #IAM_OWNER}, as the machine user of a new ZITADEL instance does.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public enum ManagerRole {

	/**
	 * No manager role: every v2 API call is answered permission_denied.
	 */
	NONE,

	/**
	 * Owner of the user's own organization: calls on its users, projects and
	 * authorizations; permission_denied for other organizations and for creating
	 * organizations. Lists show the own organization only.
	 */
	ORG_OWNER,

	/**
	 * Owner of the instance: every call in every organization.
	 */
	IAM_OWNER

}
