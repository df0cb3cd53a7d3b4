package io.github.zitadelstarter.api;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * What the newer list calls (metadata, project roles, authorizations) say about their
 * result ({@code pagination}).
 *
 * @param totalResult how many results match the query, on all pages
 * @param appliedLimit the limit ZITADEL applied
 * @author ZITADEL Spring Boot Starter contributors
 */
public record PaginationResponse(@JsonFormat(shape = JsonFormat.Shape.STRING) long totalResult,
		@JsonFormat(shape = JsonFormat.Shape.STRING) long appliedLimit) {

}
