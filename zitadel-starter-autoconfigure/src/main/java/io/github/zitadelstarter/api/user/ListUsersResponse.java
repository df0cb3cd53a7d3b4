package io.github.zitadelstarter.api.user;

import java.util.List;
import java.util.Objects;

import io.github.zitadelstarter.api.ListDetails;
import io.github.zitadelstarter.api.ListResponse;
import org.jspecify.annotations.Nullable;

/**
 * Answer of ListUsers: one page of users.
 *
 * @param details the total number of matching users and how current the data is
 * @param sortingColumn the field the users are sorted by
 * @param result the users on this page
 * @author ZITADEL Spring Boot Starter contributors
 */
public record ListUsersResponse(@Nullable ListDetails details, @Nullable String sortingColumn, List<User> result)
		implements ListResponse<User> {

	public ListUsersResponse {
		result = List.copyOf(Objects.requireNonNullElse(result, List.of()));
	}

	@Override
	public List<User> items() {
		return this.result;
	}

	@Override
	public long totalResult() {
		return (this.details != null) ? this.details.totalResult() : 0;
	}

}
