package io.crossback.web;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/**
 * Spring's {@link MessageSource} over ICU message formats, so texts can use plural and select rules of each language
 * ({@code {0, plural, one {# item} other {# items}}}). Bundles are {@code i18n/messages_<lang>.properties} in UTF-8,
 * English being the fallback. Formats are cached per locale and code.
 */
class IcuMessageSource implements MessageSource {

	private static final String BASE = "i18n/messages";

	private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

	@Override
	public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
			Locale locale) {
		String pattern = pattern(code, locale);
		if (pattern == null) {
			return defaultMessage;
		}
		return format(code, pattern, args, locale);
	}

	@Override
	public String getMessage(String code, Object @Nullable [] args, Locale locale) {
		String message = getMessage(code, args, null, locale);
		if (message == null) {
			throw new NoSuchMessageException(code, locale);
		}
		return message;
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
		String[] codes = resolvable.getCodes();
		if (codes != null) {
			for (String code : codes) {
				String message = getMessage(code, resolvable.getArguments(), null, locale);
				if (message != null) {
					return message;
				}
			}
		}
		if (resolvable.getDefaultMessage() != null) {
			return resolvable.getDefaultMessage();
		}
		throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[0], locale);
	}

	private String format(String code, String pattern, Object @Nullable [] args, Locale locale) {
		MessageFormat format = formats.computeIfAbsent(locale.getLanguage() + "|" + code,
				key -> new MessageFormat(pattern, ULocale.forLocale(locale)));
		synchronized (format) {
			return format.format(args == null ? new Object[0] : args);
		}
	}

	static @Nullable String pattern(String code, Locale locale) {
		try {
			ResourceBundle bundle = ResourceBundle.getBundle(BASE, Locale.forLanguageTag(locale.getLanguage()),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			if (bundle.containsKey(code)) {
				return bundle.getString(code);
			}
		}
		catch (MissingResourceException e) {
			// fall through to the root bundle
		}
		ResourceBundle root = ResourceBundle.getBundle(BASE, Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return root.containsKey(code) ? root.getString(code) : null;
	}
}
