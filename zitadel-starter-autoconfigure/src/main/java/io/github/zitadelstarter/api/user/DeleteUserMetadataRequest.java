package io.github.zitadelstarter.api.user;

import java.util.List;

/**
 * Request of DeleteUserMetadata.
 *
 * @param userId the user's ID
 * @param keys the keys of the entries to delete
 * @author ZITADEL Spring Boot Starter contributors
 */
public record DeleteUserMetadataRequest(String userId, List<String> keys) {

	public DeleteUserMetadataRequest {
		keys = List.copyOf(keys);
	}

}
