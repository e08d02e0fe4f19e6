package io.crossback.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages the web UI speaks, and which of them are written right to left. */
public final class Languages {

	public static final List<String> SUPPORTED = List.of("en", "es", "pt", "fr", "de", "it", "ar", "tr", "ja", "ko",
			"zh", "th", "vi", "id");

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur");

	private static final List<Locale> LOCALES = SUPPORTED.stream().map(Locale::forLanguageTag).toList();

	private Languages() {
	}

	public static boolean isRightToLeft(Locale locale) {
		return RIGHT_TO_LEFT.contains(locale.getLanguage());
	}

	/** The best supported language for an Accept-Language header, English when none fits. */
	public static Locale negotiate(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Locale.ENGLISH;
		}
		try {
			Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LOCALES);
			return found == null ? Locale.ENGLISH : found;
		}
		catch (IllegalArgumentException e) {
			return Locale.ENGLISH;
		}
	}

	public static Locale supportedOrEnglish(String language) {
		return SUPPORTED.contains(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
	}
}
