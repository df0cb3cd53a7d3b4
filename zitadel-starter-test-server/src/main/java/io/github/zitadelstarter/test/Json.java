package io.github.zitadelstarter.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the JSON documents the test server exchanges, so that it needs no JSON
 * library. Objects are {@link Map}s in document order, arrays {@link List}s, numbers
 * {@link Long}s or {@link Double}s.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
final class Json {

	private final String text;

	private int position;

	private Json(String text) {
		this.text = text;
	}

	static String write(@Nullable Object value) {
		StringBuilder json = new StringBuilder();
		append(json, value);
		return json.toString();
	}

	/**
	 * Parse a JSON document.
	 * @throws IllegalArgumentException if the text is not JSON
	 */
	static @Nullable Object parse(String text) {
		Json parser = new Json(text);
		Object value = parser.value();
		parser.skipWhitespace();
		if (parser.position != text.length()) {
			throw parser.error("unexpected text after the document");
		}
		return value;
	}

	/**
	 * Parse a JSON object.
	 * @throws IllegalArgumentException if the text is not a JSON object
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> parseObject(String text) {
		if (parse(text) instanceof Map<?, ?> object) {
			return (Map<String, Object>) object;
		}
		throw new IllegalArgumentException("not a JSON object");
	}

	private @Nullable Object value() {
		skipWhitespace();
		if (this.position >= this.text.length()) {
			throw error("unexpected end");
		}
		char c = this.text.charAt(this.position);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		this.position++;
		skipWhitespace();
		if (consume('}')) {
			return object;
		}
		do {
			skipWhitespace();
			String name = string();
			skipWhitespace();
			expect(':');
			object.put(name, value());
			skipWhitespace();
		}
		while (consume(','));
		expect('}');
		return object;
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		this.position++;
		skipWhitespace();
		if (consume(']')) {
			return array;
		}
		do {
			array.add(value());
			skipWhitespace();
		}
		while (consume(','));
		expect(']');
		return array;
	}

	private String string() {
		expect('"');
		StringBuilder value = new StringBuilder();
		while (this.position < this.text.length()) {
			char c = this.text.charAt(this.position++);
			if (c == '"') {
				return value.toString();
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			if (this.position >= this.text.length()) {
				break;
			}
			char escaped = this.text.charAt(this.position++);
			switch (escaped) {
				case 'b' -> value.append('\b');
				case 'f' -> value.append('\f');
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 't' -> value.append('\t');
				case 'u' -> {
					if (this.position + 4 > this.text.length()) {
						throw error("incomplete unicode escape");
					}
					value.append((char) Integer.parseInt(this.text.substring(this.position, this.position + 4), 16));
					this.position += 4;
				}
				default -> value.append(escaped);
			}
		}
		throw error("unterminated string");
	}

	private @Nullable Object literal(String literal, @Nullable Object value) {
		if (!this.text.startsWith(literal, this.position)) {
			throw error("unexpected character");
		}
		this.position += literal.length();
		return value;
	}

	private Number number() {
		int start = this.position;
		while (this.position < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.position)) >= 0) {
			this.position++;
		}
		String number = this.text.substring(start, this.position);
		try {
			if (number.contains(".") || number.contains("e") || number.contains("E")) {
				return Double.valueOf(number);
			}
			return Long.valueOf(number);
		}
		catch (NumberFormatException ex) {
			throw error("unexpected character");
		}
	}

	private void skipWhitespace() {
		while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
			this.position++;
		}
	}

	private boolean consume(char c) {
		if (this.position < this.text.length() && this.text.charAt(this.position) == c) {
			this.position++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!consume(c)) {
			throw error("expected '" + c + "'");
		}
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException("invalid JSON at position " + this.position + ": " + problem);
	}

	private static void append(StringBuilder json, @Nullable Object value) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof Map<?, ?> map) {
			json.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!first) {
					json.append(',');
				}
				first = false;
				appendString(json, String.valueOf(entry.getKey()));
				json.append(':');
				append(json, entry.getValue());
			}
			json.append('}');
		}
		else if (value instanceof List<?> list) {
			json.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					json.append(',');
				}
				append(json, list.get(i));
			}
			json.append(']');
		}
		else if (value instanceof Number || value instanceof Boolean) {
			json.append(value);
		}
		else {
			appendString(json, String.valueOf(value));
		}
	}

	private static void appendString(StringBuilder json, String value) {
		json.append('"');
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
