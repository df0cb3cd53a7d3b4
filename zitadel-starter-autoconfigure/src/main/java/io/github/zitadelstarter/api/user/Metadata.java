package io.github.zitadelstarter.api.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One metadata entry of a user: a key and a value of any bytes, which ZITADEL's JSON
 * carries in base64. Text values are read with {@link #valueAsString()}.
 *
 * @param key the key
 * @param value the value
 * @param creationDate when the entry was created (in answers only)
 * @param changeDate when the entry last changed (in answers only)
 * @author ZITADEL Spring Boot Starter contributors
 */
public record Metadata(String key, byte[] value, @Nullable Instant creationDate, @Nullable Instant changeDate) {

	/**
	 * Return an entry with a text value, stored as UTF-8.
	 * @param key the key
	 * @param value the value
	 * @return the entry
	 */
	public static Metadata of(String key, String value) {
		return of(key, value.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Return an entry with a binary value.
	 * @param key the key
	 * @param value the value
	 * @return the entry
	 */
	public static Metadata of(String key, byte[] value) {
		return new Metadata(key, value.clone(), null, null);
	}

	/**
	 * Return the value as UTF-8 text.
	 * @return the value
	 */
	public String valueAsString() {
		return new String(this.value, StandardCharsets.UTF_8);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Metadata metadata && this.key.equals(metadata.key)
				&& Arrays.equals(this.value, metadata.value) && Objects.equals(this.creationDate, metadata.creationDate)
				&& Objects.equals(this.changeDate, metadata.changeDate);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.key, Arrays.hashCode(this.value), this.creationDate, this.changeDate);
	}

	/**
	 * Describe the entry by its key and the size of its value, which may be confidential.
	 */
	@Override
	public String toString() {
		return "Metadata[key=" + this.key + ", value=" + this.value.length + " bytes]";
	}

}
