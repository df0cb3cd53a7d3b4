package io.github.zitadelstarter.test;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * ZITADEL's UserService v2 over Connect ({@code zitadel.user.v2.UserService}), for what
 * users have: SetUserMetadata, ListUserMetadata and DeleteUserMetadata (values in base64),
 * and the credentials of machine users, AddSecret, AddKey and AddPersonalAccessToken,
 * which the token endpoint and the APIs accept at once.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class UserResourcesV2 {

	private final Instance instance;

	private final ServiceUserCredentials credentials;

	UserResourcesV2(Instance instance, ServiceUserCredentials credentials) {
		this.instance = instance;
		this.credentials = credentials;
	}

	void register(Map<String, Route> routes) {
		ConnectService service = new ConnectService(this.instance, UserServiceV2.SERVICE, routes);
		service.rpc("SetUserMetadata", this::setMetadata);
		service.rpc("ListUserMetadata", this::listMetadata);
		service.rpc("DeleteUserMetadata", this::deleteMetadata);
		service.rpc("AddSecret", this::addSecret);
		service.rpc("AddKey", this::addKey);
		service.rpc("AddPersonalAccessToken", this::addPersonalAccessToken);
	}

	private Map<String, Object> setMetadata(ConnectCall call) throws ConnectException {
		User user = call.user(call.requiredString("userId"));
		Map<String, byte[]> values = new LinkedHashMap<>();
		for (Object entry : call.requiredList("metadata")) {
			@SuppressWarnings("unchecked")
			Map<String, Object> metadata = (Map<String, Object>) entry;
			values.put(call.requiredString(metadata, "key"), decode(call.requiredString(metadata, "value")));
		}
		user.metadata().putAll(values);
		return Map.of("setDate", call.now());
	}

	private Map<String, Object> listMetadata(ConnectCall call) throws ConnectException {
		User user = call.user(call.requiredString("userId"));
		List<Map.Entry<String, byte[]>> entries = user.metadata()
			.entrySet()
			.stream()
			.filter((entry) -> ConnectCall.list(call.request(), "filters")
				.stream()
				.allMatch((filter) -> keyMatches(filter, entry.getKey())))
			.sorted(Map.Entry.comparingByKey())
			.toList();
		List<Object> page = new ArrayList<>();
		for (Map.Entry<String, byte[]> entry : call.page(entries)) {
			page.add(Map.of("key", entry.getKey(), "value", Base64.getEncoder().encodeToString(entry.getValue())));
		}
		return Map.of("pagination", call.pagination(entries.size()), "metadata", page);
	}

	@SuppressWarnings("unchecked")
	private static boolean keyMatches(Object filter, String key) {
		Map<String, Object> keyFilter = ConnectCall.object((Map<String, Object>) filter, "keyFilter");
		if (keyFilter == null) {
			return true;
		}
		return ConnectCall.matches(ConnectCall.string(keyFilter, "method"), key,
				String.valueOf(keyFilter.get("key")));
	}

	private Map<String, Object> deleteMetadata(ConnectCall call) throws ConnectException {
		User user = call.user(call.requiredString("userId"));
		List<String> keys = call.requiredList("keys").stream().map(String::valueOf).toList();
		for (String key : keys) {
			if (!user.metadata().containsKey(key)) {
				throw ConnectException.notFound("Errors.Metadata.NotFound", "COMMAND-2n0f2");
			}
		}
		keys.forEach(user.metadata()::remove);
		return Map.of("deletionDate", call.now());
	}

	// ZITADEL's command answers a user it does not find with a precondition failure here,
	// where the queries answer not_found.
	private Map<String, Object> addSecret(ConnectCall call) throws ConnectException {
		String userId = call.requiredString("userId");
		if (this.instance.user(userId) == null) {
			throw ConnectException.failedPrecondition("Errors.User.NotExisting", "COMMAND-x8910n");
		}
		User machine = call.machineUser(userId);
		String secret = Instance.randomString(48);
		machine.changeClientSecret(secret, this.instance.secretProjectionLag());
		return Map.of("clientSecret", secret, "creationDate", call.now());
	}

	private Map<String, Object> addKey(ConnectCall call) throws ConnectException {
		User machine = call.machineUser(call.requiredString("userId"));
		Instant expirationDate = expirationDate(call);
		String publicKey = call.string("publicKey");
		Map<String, Object> response = new LinkedHashMap<>();
		if (publicKey != null) {
			String keyId = this.instance.nextId();
			machine.keys().put(keyId, new User.MachineKey(keyId, parsePublicKey(decode(publicKey)), expirationDate));
			response.put("keyId", keyId);
		}
		else {
			ServiceUserKeyFile key = this.credentials.addKey(machine, expirationDate);
			response.put("keyId", key.keyId());
			response.put("keyContent",
					Base64.getEncoder().encodeToString(key.json().getBytes(StandardCharsets.UTF_8)));
		}
		response.put("creationDate", call.now());
		return response;
	}

	private Map<String, Object> addPersonalAccessToken(ConnectCall call) throws ConnectException {
		User machine = call.machineUser(call.requiredString("userId"));
		String token = this.instance
			.store(IssuedToken.personalAccessToken(machine, this.instance.now(), expirationDate(call)));
		return Map.of("tokenId", this.instance.nextId(), "token", token, "creationDate", call.now());
	}

	private static @Nullable Instant expirationDate(ConnectCall call) throws ConnectException {
		String value = call.string("expirationDate");
		try {
			return (value != null) ? Instant.parse(value) : null;
		}
		catch (RuntimeException ex) {
			throw ConnectException.invalidArgument("invalid expirationDate: not an RFC 3339 timestamp");
		}
	}

	private static byte[] decode(String base64) throws ConnectException {
		try {
			return Base64.getMimeDecoder().decode(base64.replace('-', '+').replace('_', '/'));
		}
		catch (IllegalArgumentException ex) {
			throw ConnectException.invalidArgument("invalid value: bytes are not base64");
		}
	}

	private static PublicKey parsePublicKey(byte[] key) throws ConnectException {
		String text = new String(key, StandardCharsets.UTF_8);
		byte[] der = text.contains("-----BEGIN PUBLIC KEY-----")
				? Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "")) : key;
		try {
			return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
		}
		catch (Exception ex) {
			throw ConnectException.invalidArgument("Errors.User.Machine.Key.Invalid");
		}
	}

}
