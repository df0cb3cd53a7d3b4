package io.github.zitadelstarter.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * ZITADEL's UserService v2 over Connect ({@code zitadel.user.v2.UserService}), for the
 * users themselves: CreateUser (human and machine), GetUserByID, ListUsers with its
 * queries, DeactivateUser, ReactivateUser and DeleteUser. {@link UserResourcesV2} serves
 * the same service's metadata and machine credentials.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class UserServiceV2 {

	static final String SERVICE = "zitadel.user.v2.UserService";

	private final Instance instance;

	UserServiceV2(Instance instance) {
		this.instance = instance;
	}

	void register(Map<String, Route> routes) {
		ConnectService service = new ConnectService(this.instance, SERVICE, routes);
		service.rpc("CreateUser", this::createUser);
		service.rpc("GetUserByID", this::getUser);
		service.rpc("ListUsers", this::listUsers);
		service.rpc("DeactivateUser", (call) -> changeState(call, User.State.ACTIVE, User.State.INACTIVE,
				"Errors.User.NotActive", "COMMAND-5M0sd"));
		service.rpc("ReactivateUser", (call) -> changeState(call, User.State.INACTIVE, User.State.ACTIVE,
				"Errors.User.NotInactive", "COMMAND-s56s2"));
		service.rpc("DeleteUser", this::deleteUser);
	}

	private Map<String, Object> createUser(ConnectCall call) throws ConnectException {
		Organization organization = call.organization(call.requiredString("organizationId"));
		call.requireManagerOf(organization);
		Map<String, Object> human = ConnectCall.object(call.request(), "human");
		Map<String, Object> machine = ConnectCall.object(call.request(), "machine");
		if ((human == null) == (machine == null)) {
			throw ConnectException.invalidArgument("invalid CreateUserRequest.UserType: exactly one of human or"
					+ " machine is required [required]");
		}
		String userId = call.string("userId");
		String emailCode = null;
		User.Profile profile = null;
		User.MachineData machineData = null;
		if (human != null) {
			Map<String, Object> profileJson = required(call, human, "profile");
			Map<String, Object> email = required(call, human, "email");
			String givenName = call.requiredString(profileJson, "givenName");
			String familyName = call.requiredString(profileJson, "familyName");
			String displayName = ConnectCall.string(profileJson, "displayName");
			String language = ConnectCall.string(profileJson, "preferredLanguage");
			profile = new User.Profile(givenName, familyName,
					(displayName != null) ? displayName : givenName + " " + familyName,
					(language != null) ? language : "", call.requiredString(email, "email"),
					ConnectCall.bool(email, "isVerified"));
			emailCode = (email.get("returnCode") != null) ? Instance.randomString(6) : null;
		}
		else {
			machineData = new User.MachineData(call.requiredString(machine, "name"),
					String.valueOf(machine.getOrDefault("description", "")));
		}
		String username = call.string("username");
		if (username == null) {
			username = (profile != null) ? profile.email() : (userId != null) ? userId : this.instance.nextId();
		}
		User user;
		try {
			user = this.instance.addUser(organization, (human != null) ? User.Type.HUMAN : User.Type.MACHINE,
					username, userId);
		}
		catch (IllegalArgumentException ex) {
			throw ConnectException.alreadyExists("Errors.User.AlreadyExists", "COMMAND-k2unb");
		}
		user.setProfile(profile);
		user.setMachineData(machineData);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("id", user.id());
		response.put("creationDate", user.creationDate().toString());
		if (emailCode != null) {
			response.put("emailCode", emailCode);
		}
		return response;
	}

	private Map<String, Object> getUser(ConnectCall call) throws ConnectException {
		User user = call.user(call.requiredString("userId"));
		return Map.of("details", details(user), "user", userJson(user));
	}

	private static Map<String, Object> required(ConnectCall call, Map<String, Object> object, String field)
			throws ConnectException {
		Map<String, Object> value = ConnectCall.object(object, field);
		if (value == null) {
			throw ConnectException.invalidArgument("invalid CreateUserRequest." + field + ": value is required [required]");
		}
		return value;
	}

	private Map<String, Object> listUsers(ConnectCall call) throws ConnectException {
		call.requireAnyManagerRole();
		Predicate<User> matches = (user) -> call.mayManage(user.organization());
		for (Object query : ConnectCall.list(call.request(), "queries")) {
			matches = matches.and(query((Map<?, ?>) query));
		}
		List<User> all = ConnectCall.byId(this.instance.users().stream().filter(matches).toList(), User::id);
		List<Object> result = new ArrayList<>();
		for (User user : call.page(all)) {
			result.add(userJson(user));
		}
		return Map.of("details", call.listDetails(all.size()), "result", result);
	}

	@SuppressWarnings("unchecked")
	private static Predicate<User> query(Map<?, ?> query) {
		Map.Entry<?, ?> entry = query.entrySet().iterator().next();
		Map<String, Object> fields = (Map<String, Object>) entry.getValue();
		String method = ConnectCall.string(fields, "method");
		return switch (String.valueOf(entry.getKey())) {
			case "emailQuery" -> (user) -> user.profile() != null
					&& ConnectCall.matches(method, user.profile().email(), ConnectCall.string(fields, "emailAddress"));
			case "userNameQuery" -> (user) -> ConnectCall.matches(method, user.username(),
					ConnectCall.string(fields, "userName"));
			case "loginNameQuery" -> (user) -> ConnectCall.matches(method, user.username(),
					ConnectCall.string(fields, "loginName"));
			case "organizationIdQuery" -> (user) -> user.organization()
				.id()
				.equals(ConnectCall.string(fields, "organizationId"));
			case "typeQuery" -> (user) -> ("TYPE_" + user.type()).equals(ConnectCall.string(fields, "type"));
			case "inUserIdsQuery" -> (user) -> ConnectCall.strings(fields, "userIds").contains(user.id());
			case "stateQuery" -> (user) -> ("USER_STATE_" + user.state()).equals(ConnectCall.string(fields, "state"));
			case "andQuery" -> ConnectCall.list(fields, "queries")
				.stream()
				.map((nested) -> query((Map<?, ?>) nested))
				.reduce((user) -> true, Predicate::and);
			case "orQuery" -> ConnectCall.list(fields, "queries")
				.stream()
				.map((nested) -> query((Map<?, ?>) nested))
				.reduce((user) -> false, Predicate::or);
			case "notQuery" -> {
				Map<String, Object> negated = ConnectCall.object(fields, "query");
				yield (negated != null) ? query(negated).negate() : (user) -> true;
			}
			default -> (user) -> true;
		};
	}

	private Map<String, Object> changeState(ConnectCall call, User.State from, User.State to, String error,
			String id) throws ConnectException {
		User user = call.user(call.requiredString("userId"));
		synchronized (user) {
			if (user.state() != from) {
				throw ConnectException.failedPrecondition(error, id);
			}
			user.setState(to);
		}
		return Map.of("details", ObjectDetails.ofChange(this.instance.now(), user.organization().id()));
	}

	private Map<String, Object> deleteUser(ConnectCall call) throws ConnectException {
		User user = call.user(call.requiredString("userId"));
		this.instance.removeUser(user);
		return Map.of("details", ObjectDetails.ofChange(this.instance.now(), user.organization().id()));
	}

	private static Map<String, Object> details(User user) {
		return ObjectDetails.of(user.creationDate(), user.organization().id());
	}

	static Map<String, Object> userJson(User user) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("userId", user.id());
		json.put("details", details(user));
		json.put("state", "USER_STATE_" + user.state());
		json.put("username", user.username());
		json.put("loginNames", List.of(user.username()));
		json.put("preferredLoginName", user.username());
		User.Profile profile = user.profile();
		if (user.type() == User.Type.HUMAN && profile != null) {
			Map<String, Object> profileJson = new LinkedHashMap<>();
			profileJson.put("givenName", profile.givenName());
			profileJson.put("familyName", profile.familyName());
			profileJson.put("displayName", profile.displayName());
			putIfNotEmpty(profileJson, "preferredLanguage", profile.preferredLanguage());
			Map<String, Object> email = new LinkedHashMap<>();
			email.put("email", profile.email());
			if (profile.emailVerified()) {
				email.put("isVerified", true);
			}
			json.put("human", Map.of("profile", profileJson, "email", email));
		}
		else if (user.type() == User.Type.MACHINE) {
			User.MachineData machine = user.machineData();
			Map<String, Object> machineJson = new LinkedHashMap<>();
			machineJson.put("name", (machine != null) ? machine.name() : user.username());
			putIfNotEmpty(machineJson, "description", (machine != null) ? machine.description() : null);
			if (user.clientSecret() != null) {
				machineJson.put("hasSecret", true);
			}
			machineJson.put("accessTokenType", "ACCESS_TOKEN_TYPE_BEARER");
			json.put("machine", machineJson);
		}
		return json;
	}

	private static void putIfNotEmpty(Map<String, Object> json, String field, @Nullable String value) {
		if (value != null && !value.isEmpty()) {
			json.put(field, value);
		}
	}

}
