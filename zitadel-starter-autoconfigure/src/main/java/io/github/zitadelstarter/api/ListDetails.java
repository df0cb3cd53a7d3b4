package io.github.zitadelstarter.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What ListUsers and ListOrganizations say about their result ({@code details}).
 *
 * @param totalResult how many results match the query, on all pages
 * @param processedSequence the sequence of the last event ZITADEL had processed
 * @param timestamp when ZITADEL last processed the data
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListDetails(long totalResult, long processedSequence, @Nullable Instant timestamp) {

}
