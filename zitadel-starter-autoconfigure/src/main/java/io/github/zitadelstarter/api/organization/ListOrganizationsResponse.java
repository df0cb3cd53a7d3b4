package io.github.zitadelstarter.api.organization;

import java.util.List;
import java.util.Objects;

import io.github.zitadelstarter.api.ListDetails;
import io.github.zitadelstarter.api.ListResponse;
import org.jspecify.annotations.Nullable;

/**
 * Answer of ListOrganizations: one page of organizations.
 *
 * @param details the total number of matching organizations
 * @param sortingColumn the field the organizations are sorted by
 * @param result the organizations on this page
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListOrganizationsResponse(@Nullable ListDetails details, @Nullable String sortingColumn,
		List<Organization> result) implements ListResponse<Organization> {

	public ListOrganizationsResponse {
		result = List.copyOf(Objects.requireNonNullElse(result, List.of()));
	}

	@Override
	public List<Organization> items() {
		return this.result;
	}

	@Override
	public long totalResult() {
		return (this.details != null) ? this.details.totalResult() : 0;
	}

}
