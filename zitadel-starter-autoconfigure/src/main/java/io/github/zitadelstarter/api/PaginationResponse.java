package io.github.zitadelstarter.api;

/**
 * What the newer list calls (metadata, project roles, authorizations) say about their
 * result ({@code pagination}).
 *
 * @param totalResult how many results match the query, on all pages
 * @param appliedLimit the limit ZITADEL applied
 * @author ZITADEL Spring Boot Starter contributors
 */
public record PaginationResponse(long totalResult, long appliedLimit) {

}
