package io.github.zitadelstarter.api.user;

import java.util.List;

/**
 * Request of SetUserMetadata: sets the given keys of a user's metadata and leaves its
 * other keys alone.
 *
 * @param userId the user's ID
 * @param metadata the entries to set
 * @author ZITADEL Spring Boot Starter contributors
 */
public record SetUserMetadataRequest(String userId, List<Metadata> metadata) {

	public SetUserMetadataRequest {
		metadata = List.copyOf(metadata);
	}

}
