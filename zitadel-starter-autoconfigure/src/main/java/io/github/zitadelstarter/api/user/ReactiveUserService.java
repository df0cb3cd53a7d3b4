package io.github.zitadelstarter.api.user;

import java.util.List;

import io.github.zitadelstarter.api.DetailsResponse;
import io.github.zitadelstarter.api.Pages;
import io.github.zitadelstarter.api.ZitadelApiException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * ZITADEL's UserService v2 ({@code zitadel.user.v2.UserService}), for reactive callers:
 * {@code reactiveZitadel.users()}. Each abstract method is one call of the service, with
 * the service's request and answer; the default methods are shortcuts for the common
 * forms. Every publisher fails with {@link ZitadelApiException} when ZITADEL answers with
 * an error. {@link UserService} is the same for blocking callers.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
@HttpExchange(url = "/zitadel.user.v2.UserService", contentType = "application/json", accept = "application/json",
		headers = "Connect-Protocol-Version=1")
public interface ReactiveUserService {

	/**
	 * Create a human or a machine user (CreateUser). Needs the permission user.write.
	 * @param request the user
	 * @return the new user's ID
	 */
	@PostExchange("/CreateUser")
	Mono<CreateUserResponse> createUser(@RequestBody CreateUserRequest request);

	/**
	 * Read a user (GetUserByID).
	 * @param request the user's ID
	 * @return the user
	 */
	@PostExchange("/GetUserByID")
	Mono<GetUserResponse> getUserById(@RequestBody UserIdRequest request);

	/**
	 * Read a user (GetUserByID).
	 * @param userId the user's ID
	 * @return the user
	 */
	default Mono<User> getUser(String userId) {
		return getUserById(new UserIdRequest(userId)).map((response) -> response.user());
	}

	/**
	 * Read one page of the users that match a request (ListUsers).
	 * @param request the criteria and the page
	 * @return the page
	 */
	@PostExchange("/ListUsers")
	Mono<ListUsersResponse> listUsers(@RequestBody ListUsersRequest request);

	/**
	 * Read all users that match a request, one page after the other as the results are
	 * consumed (ListUsers).
	 * @param request the criteria and the first page, whose limit is the page size
	 * @return the users
	 */
	default Flux<User> streamUsers(ListUsersRequest request) {
		return Pages.flux(request.query(), (query) -> listUsers(request.withQuery(query)));
	}

	/**
	 * Deactivate an active user, who can then no longer sign in (DeactivateUser).
	 * ZITADEL answers failed_precondition if the user is not active.
	 * @param request the user's ID
	 * @return the change's details
	 */
	@PostExchange("/DeactivateUser")
	Mono<DetailsResponse> deactivateUser(@RequestBody UserIdRequest request);

	/**
	 * Deactivate an active user (DeactivateUser).
	 * @param userId the user's ID
	 * @return the change's details
	 */
	default Mono<DetailsResponse> deactivateUser(String userId) {
		return deactivateUser(new UserIdRequest(userId));
	}

	/**
	 * Reactivate a deactivated user (ReactivateUser). ZITADEL answers
	 * failed_precondition if the user is not inactive.
	 * @param request the user's ID
	 * @return the change's details
	 */
	@PostExchange("/ReactivateUser")
	Mono<DetailsResponse> reactivateUser(@RequestBody UserIdRequest request);

	/**
	 * Reactivate a deactivated user (ReactivateUser).
	 * @param userId the user's ID
	 * @return the change's details
	 */
	default Mono<DetailsResponse> reactivateUser(String userId) {
		return reactivateUser(new UserIdRequest(userId));
	}

	/**
	 * Delete a user (DeleteUser). Needs the permission user.delete.
	 * @param request the user's ID
	 * @return the change's details
	 */
	@PostExchange("/DeleteUser")
	Mono<DetailsResponse> deleteUser(@RequestBody UserIdRequest request);

	/**
	 * Delete a user (DeleteUser).
	 * @param userId the user's ID
	 * @return the change's details
	 */
	default Mono<DetailsResponse> deleteUser(String userId) {
		return deleteUser(new UserIdRequest(userId));
	}

	/**
	 * Set entries of a user's metadata, leaving its other entries alone
	 * (SetUserMetadata).
	 * @param request the user's ID and the entries
	 * @return when they were set
	 */
	@PostExchange("/SetUserMetadata")
	Mono<SetUserMetadataResponse> setUserMetadata(@RequestBody SetUserMetadataRequest request);

	/**
	 * Set entries of a user's metadata (SetUserMetadata), such as
	 * {@code setUserMetadata(userId, Metadata.of("tenant", "acme"))}.
	 * @param userId the user's ID
	 * @param metadata the entries
	 * @return when they were set
	 */
	default Mono<SetUserMetadataResponse> setUserMetadata(String userId, Metadata... metadata) {
		return setUserMetadata(new SetUserMetadataRequest(userId, List.of(metadata)));
	}

	/**
	 * Read one page of a user's metadata (ListUserMetadata).
	 * @param request the user's ID, the criteria and the page
	 * @return the page
	 */
	@PostExchange("/ListUserMetadata")
	Mono<ListUserMetadataResponse> listUserMetadata(@RequestBody ListUserMetadataRequest request);

	/**
	 * Read all of a user's metadata that matches a request, one page after the other as
	 * the results are consumed (ListUserMetadata).
	 * @param request the user's ID, the criteria and the first page
	 * @return the entries
	 */
	default Flux<Metadata> streamUserMetadata(ListUserMetadataRequest request) {
		return Pages.flux(request.pagination(),
				(pagination) -> listUserMetadata(request.withPagination(pagination)));
	}

	/**
	 * Delete entries of a user's metadata (DeleteUserMetadata).
	 * @param request the user's ID and the keys
	 * @return when they were deleted
	 */
	@PostExchange("/DeleteUserMetadata")
	Mono<DeleteUserMetadataResponse> deleteUserMetadata(@RequestBody DeleteUserMetadataRequest request);

	/**
	 * Delete entries of a user's metadata (DeleteUserMetadata).
	 * @param userId the user's ID
	 * @param keys the keys
	 * @return when they were deleted
	 */
	default Mono<DeleteUserMetadataResponse> deleteUserMetadata(String userId, String... keys) {
		return deleteUserMetadata(new DeleteUserMetadataRequest(userId, List.of(keys)));
	}

	/**
	 * Generate a client secret for a machine user, replacing any it had (AddSecret).
	 * @param request the machine user's ID
	 * @return the secret, shown this once
	 */
	@PostExchange("/AddSecret")
	Mono<AddSecretResponse> addSecret(@RequestBody UserIdRequest request);

	/**
	 * Generate a client secret for a machine user (AddSecret).
	 * @param userId the machine user's ID
	 * @return the secret, shown this once
	 */
	default Mono<AddSecretResponse> addSecret(String userId) {
		return addSecret(new UserIdRequest(userId));
	}

	/**
	 * Add a key to a machine user, for the JWT profile grant (AddKey).
	 * @param request the machine user's ID, the expiration and the public key if any
	 * @return the key's ID and, for a generated key pair, the key file
	 */
	@PostExchange("/AddKey")
	Mono<AddKeyResponse> addKey(@RequestBody AddKeyRequest request);

	/**
	 * Create a personal access token for a machine user (AddPersonalAccessToken).
	 * @param request the machine user's ID and the expiration
	 * @return the token, shown this once
	 */
	@PostExchange("/AddPersonalAccessToken")
	Mono<AddPersonalAccessTokenResponse> addPersonalAccessToken(@RequestBody AddPersonalAccessTokenRequest request);

}
