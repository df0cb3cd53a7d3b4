package io.github.zitadelstarter.api.user;

import org.jspecify.annotations.Nullable;

/**
 * Profile of a human user.
 *
 * @param givenName the given name
 * @param familyName the family name
 * @param nickName the nick name, if any
 * @param displayName the display name; ZITADEL derives one from the names when none is
 * given
 * @param preferredLanguage the preferred language, such as {@code en}
 * @param gender the gender, if given
 * @param avatarUrl the URL of the avatar (in answers only)
 * @author ZITADEL Spring Boot Starter contributors
 */
public record Profile(String givenName, String familyName, @Nullable String nickName, @Nullable String displayName,
		@Nullable String preferredLanguage, @Nullable Gender gender, @Nullable String avatarUrl) {

	/**
	 * Return a profile with the given names only.
	 * @param givenName the given name
	 * @param familyName the family name
	 * @return the profile
	 */
	public static Profile of(String givenName, String familyName) {
		return new Profile(givenName, familyName, null, null, null, null, null);
	}

	/**
	 * Return this profile with a display name.
	 * @param displayName the display name
	 * @return the profile
	 */
	public Profile withDisplayName(String displayName) {
		return new Profile(this.givenName, this.familyName, this.nickName, displayName, this.preferredLanguage,
				this.gender, this.avatarUrl);
	}

	/**
	 * Return this profile with a preferred language.
	 * @param preferredLanguage the language, such as {@code en}
	 * @return the profile
	 */
	public Profile withPreferredLanguage(String preferredLanguage) {
		return new Profile(this.givenName, this.familyName, this.nickName, this.displayName, preferredLanguage,
				this.gender, this.avatarUrl);
	}

}
