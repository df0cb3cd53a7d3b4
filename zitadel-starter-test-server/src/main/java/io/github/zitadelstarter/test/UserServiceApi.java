package io.github.zitadelstarter.test;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * ZITADEL's User Service v2 over Connect (JSON), as far as the test server serves it:
 * {@code ListUsers} with user name, login name, type, user ID and organization queries,
 * and {@code AddSecret} for machine users, with Connect's error bodies.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class UserServiceApi {

	private static final String SERVICE = "/zitadel.user.v2.UserService/";

	private static final int DEFAULT_LIMIT = 100;

	private final Instance instance;

	UserServiceApi(Instance instance) {
		this.instance = instance;
	}

	void register(Map<String, Route> routes) {
		routes.put(SERVICE + "ListUsers", (exchange) -> call(exchange, this::listUsers));
		routes.put(SERVICE + "AddSecret", (exchange) -> call(exchange, this::addSecret));
	}

	private void call(Exchange exchange, Operation operation) throws IOException {
		if (!exchange.requireMethod("POST")) {
			return;
		}
		IssuedToken token = ApiCaller.authenticate(exchange, this.instance,
				(message, id) -> exchange.sendConnectError("unauthenticated", message, id));
		if (token == null) {
			return;
		}
		Map<String, Object> request;
		try {
			request = exchange.body().isBlank() ? Map.of() : Json.parseObject(exchange.body());
		}
		catch (IllegalArgumentException ex) {
			exchange.sendConnectError("invalid_argument", "request body is not a JSON object: " + ex.getMessage(),
					null);
			return;
		}
		operation.answer(exchange, request);
	}

	private void listUsers(Exchange exchange, Map<String, Object> request) throws IOException {
		Predicate<User> filter = (user) -> true;
		for (Object query : list(request.get("queries"))) {
			Predicate<User> condition = (query instanceof Map<?, ?> map && map.size() == 1) ? condition(map) : null;
			if (condition == null) {
				exchange.sendConnectError("unimplemented",
						"the ZITADEL test server does not support the ListUsers query " + Json.write(query), null);
				return;
			}
			filter = filter.and(condition);
		}
		Map<?, ?> query = (request.get("query") instanceof Map<?, ?> map) ? map : Map.of();
		long offset = number(query.get("offset"), 0);
		long limit = number(query.get("limit"), DEFAULT_LIMIT);
		List<User> found = this.instance.users()
			.stream()
			.filter(filter)
			.sorted(Comparator.comparing((User user) -> Long.parseLong(user.id())))
			.toList();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("totalResult", String.valueOf(found.size()));
		details.put("timestamp", this.instance.now().toString());
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("details", details);
		response.put("result",
				found.stream().skip(offset).limit((limit > 0) ? limit : DEFAULT_LIMIT).map(this::userJson).toList());
		exchange.sendJson(200, response);
	}

	private @Nullable Predicate<User> condition(Map<?, ?> query) {
		Map.Entry<?, ?> entry = query.entrySet().iterator().next();
		if (!(entry.getValue() instanceof Map<?, ?> value)) {
			return null;
		}
		return switch (String.valueOf(entry.getKey())) {
			case "userNameQuery" -> textCondition(value.get("userName"), value.get("method"));
			// The test server's login name of a user is its username
			case "loginNameQuery" -> textCondition(value.get("loginName"), value.get("method"));
			case "typeQuery" -> switch (String.valueOf(value.get("type"))) {
				case "TYPE_HUMAN" -> (user) -> user.type() == User.Type.HUMAN;
				case "TYPE_MACHINE" -> (user) -> user.type() == User.Type.MACHINE;
				default -> null;
			};
			case "inUserIdsQuery" -> (user) -> list(value.get("userIds")).contains(user.id());
			case "organizationIdQuery" -> (user) -> user.organization().id().equals(value.get("organizationId"));
			default -> null;
		};
	}

	private static @Nullable Predicate<User> textCondition(@Nullable Object expected, @Nullable Object method) {
		if (!(expected instanceof String text)) {
			return null;
		}
		String name = (method != null) ? String.valueOf(method) : "TEXT_QUERY_METHOD_EQUALS";
		boolean ignoreCase = name.endsWith("_IGNORE_CASE");
		String wanted = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
		Predicate<String> matches = switch (name.replace("_IGNORE_CASE", "")) {
			case "TEXT_QUERY_METHOD_EQUALS" -> wanted::equals;
			case "TEXT_QUERY_METHOD_STARTS_WITH" -> (value) -> value.startsWith(wanted);
			case "TEXT_QUERY_METHOD_CONTAINS" -> (value) -> value.contains(wanted);
			case "TEXT_QUERY_METHOD_ENDS_WITH" -> (value) -> value.endsWith(wanted);
			default -> null;
		};
		if (matches == null) {
			return null;
		}
		return (user) -> matches.test(ignoreCase ? user.username().toLowerCase(Locale.ROOT) : user.username());
	}

	private void addSecret(Exchange exchange, Map<String, Object> request) throws IOException {
		Object userId = request.get("userId");
		if (!(userId instanceof String id) || id.isEmpty()) {
			exchange.sendConnectError("invalid_argument", "Errors.User.UserIDMissing", "COMMAND-bzoqjs");
			return;
		}
		User user = this.instance.user(id);
		if (user == null || user.type() != User.Type.MACHINE) {
			exchange.sendConnectError("failed_precondition", "Errors.User.NotExisting", "COMMAND-x8910n");
			return;
		}
		String clientSecret = Instance.randomString(48);
		user.changeClientSecret(clientSecret, this.instance.secretProjectionLag());
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("creationDate", this.instance.now().toString());
		response.put("clientSecret", clientSecret);
		exchange.sendJson(200, response);
	}

	private Map<String, Object> userJson(User user) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("userId", user.id());
		json.put("details", AuthApi.detailsJson(user));
		json.put("state", "USER_STATE_" + user.state());
		json.put("username", user.username());
		json.put("loginNames", List.of(user.username()));
		json.put("preferredLoginName", user.username());
		if (user.type() == User.Type.MACHINE) {
			Map<String, Object> machine = new LinkedHashMap<>();
			machine.put("name", user.username());
			// Connect's JSON leaves out fields with their default value, such as false
			if (user.clientSecret() != null) {
				machine.put("hasSecret", true);
			}
			machine.put("accessTokenType", "ACCESS_TOKEN_TYPE_BEARER");
			json.put("machine", machine);
		}
		else {
			json.put("human", Map.of());
		}
		return json;
	}

	private static List<?> list(@Nullable Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

	// uint64 values arrive as strings in protobuf's JSON, uint32 values as numbers
	private static long number(@Nullable Object value, long defaultValue) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof String text && !text.isEmpty()) {
			try {
				return Long.parseLong(text);
			}
			catch (NumberFormatException ex) {
				return defaultValue;
			}
		}
		return defaultValue;
	}

	@FunctionalInterface
	private interface Operation {

		void answer(Exchange exchange, Map<String, Object> request) throws IOException;

	}

}
