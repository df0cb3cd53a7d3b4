package io.github.zitadelstarter.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.zitadelstarter.api.ConnectCode;
import io.github.zitadelstarter.api.ZitadelApiException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Turns the error answers of ZITADEL's Connect APIs into {@link ZitadelApiException}s:
 * the Connect code, ZITADEL's error ID (from {@code details[].debug.id}, the singular
 * {@code detail} that ZITADEL's generated documentation shows, or the {@code (ID)} at the
 * end of the message), the message, and the starter's hint where it has one. An answer
 * that is not a Connect error, such as a proxy's, gets the code the Connect protocol
 * assigns to its HTTP status.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class ConnectErrors {

	private static final Pattern TRAILING_ERROR_ID = Pattern.compile("\\(([A-Za-z]+-[A-Za-z0-9]+)\\)\\s*$");

	private static final int MAX_TEXT_LENGTH = 500;

	private final JsonMapper json;

	private final ZitadelApiErrorHints hints;

	ConnectErrors(JsonMapper json, ZitadelApiErrorHints hints) {
		this.json = json;
		this.hints = hints;
	}

	void applyTo(RestClient.Builder builder) {
		builder.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			throw exception(request.getURI().getPath(), response.getStatusCode(), readBody(response.getBody()));
		});
	}

	void applyTo(WebClient.Builder builder) {
		builder.defaultStatusHandler(HttpStatusCode::isError, this::exception);
	}

	private Mono<ZitadelApiException> exception(ClientResponse response) {
		return response.bodyToMono(byte[].class)
			.defaultIfEmpty(new byte[0])
			.map((body) -> exception(response.request().getURI().getPath(), response.statusCode(), body));
	}

	ZitadelApiException exception(String operation, HttpStatusCode status, byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		ConnectError error = parse(body);
		ConnectCode code = (error != null && error.code() != null) ? ConnectCode.fromWireName(error.code()) : null;
		if (error == null || code == null) {
			return new ZitadelApiException(operation, ConnectCode.fromHttpStatus(status.value()), status, null,
					StringUtils.hasText(text) ? abbreviate(text.trim()) : "HTTP " + status.value(), hint(status, text));
		}
		String message = Objects.requireNonNullElse(error.message(), code.wireName());
		return new ZitadelApiException(operation, code, status, errorId(error, message), message, hint(status, text));
	}

	private @Nullable String hint(HttpStatusCode status, String body) {
		ZitadelErrorHint hint = this.hints.hint(status, body);
		return (hint != null) ? hint.action() : null;
	}

	private @Nullable ConnectError parse(byte[] body) {
		try {
			return this.json.readValue(body, ConnectError.class);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String errorId(ConnectError error, String message) {
		return error.allDetails()
			.map(Detail::debug)
			.filter(Objects::nonNull)
			.map(Debug::id)
			.filter(StringUtils::hasText)
			.findFirst()
			.orElseGet(() -> trailingErrorId(message));
	}

	private static @Nullable String trailingErrorId(String message) {
		Matcher trailingId = TRAILING_ERROR_ID.matcher(message);
		return trailingId.find() ? trailingId.group(1) : null;
	}

	private static byte[] readBody(InputStream body) throws IOException {
		try (body) {
			return body.readAllBytes();
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > MAX_TEXT_LENGTH) ? text.substring(0, MAX_TEXT_LENGTH) + "…" : text;
	}

	/**
	 * A Connect error body: {@code {"code":"not_found","message":"…","details":[…]}}.
	 */
	record ConnectError(@Nullable String code, @Nullable String message, @Nullable List<Detail> details,
			@Nullable Detail detail) {

		Stream<Detail> allDetails() {
			return Stream.concat(Stream.ofNullable(this.details).flatMap(List::stream), Stream.ofNullable(this.detail));
		}

	}

	/**
	 * One of the error's details; only its debug part is read.
	 */
	record Detail(@Nullable Debug debug) {

	}

	/**
	 * The debug part of a detail: {@code {"id":"QUERY-Ahf3s","message":"…"}}; only the
	 * error ID is read.
	 */
	record Debug(@Nullable String id) {

	}

}
