package io.github.zitadelstarter.autoconfigure;

/**
 * The part of ZITADEL's GET /management/v1/orgs/me answer that the tests read.
 */
record Organization(String id, String name, String state, String primaryDomain) {

	record Response(Organization org) {

	}

}
