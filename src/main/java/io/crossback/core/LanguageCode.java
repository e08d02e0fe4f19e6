package io.crossback.core;

import java.util.Locale;
import java.util.Set;

/** An ISO 639-1 language code, lower case. */
public record LanguageCode(String value) {

	private static final Set<String> ISO = Set.of(Locale.getISOLanguages());

	public LanguageCode {
		if (value == null || !ISO.contains(value)) {
			throw new IllegalArgumentException("not an ISO 639-1 language code: " + value);
		}
	}

	public static LanguageCode of(String value) {
		return new LanguageCode(value);
	}

	public static boolean isValid(String value) {
		return value != null && ISO.contains(value);
	}

	public Locale locale() {
		return Locale.forLanguageTag(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
