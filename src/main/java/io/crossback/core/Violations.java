package io.crossback.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Collects every problem of one request before anything is written, then throws them together as
 * {@link InvalidInput}. Each check returns the parsed value (or null when it failed) so parsing and validating read as
 * one pass.
 */
public final class Violations {

	private final List<InvalidInput.FieldError> errors = new ArrayList<>();

	public void add(String field, String message) {
		errors.add(new InvalidInput.FieldError(field, message, List.of()));
	}

	public void addNotOneOf(String field, Object given, List<String> allowed) {
		errors.add(new InvalidInput.FieldError(field, "'" + given + "' is not one of " + allowed, allowed));
	}

	public @Nullable String text(String field, @Nullable String value, int maxLength, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				add(field, "is required");
			}
			return null;
		}
		if (value.length() > maxLength) {
			add(field, "is longer than " + maxLength + " characters");
			return null;
		}
		return value;
	}

	/** A value from a closed vocabulary; {@code parse} answers null for unknown words. */
	public <T> @Nullable T oneOf(String field, @Nullable String value, boolean required, Function<String, @Nullable T> parse,
			List<String> allowed) {
		if (value == null) {
			if (required) {
				errors.add(new InvalidInput.FieldError(field, "is required, one of " + allowed, allowed));
			}
			return null;
		}
		T parsed = parse.apply(value);
		if (parsed == null) {
			addNotOneOf(field, value, allowed);
		}
		return parsed;
	}

	public @Nullable CountryCode country(String field, @Nullable String value, boolean required) {
		if (value == null) {
			if (required) {
				add(field, "is required (ISO 3166-1 alpha-2)");
			}
			return null;
		}
		if (!CountryCode.isValid(value)) {
			add(field, "'" + value + "' is not an ISO 3166-1 alpha-2 country code");
			return null;
		}
		return CountryCode.of(value);
	}

	public @Nullable LanguageCode language(String field, @Nullable String value, boolean required) {
		if (value == null) {
			if (required) {
				add(field, "is required (ISO 639-1)");
			}
			return null;
		}
		if (!LanguageCode.isValid(value)) {
			add(field, "'" + value + "' is not an ISO 639-1 language code");
			return null;
		}
		return LanguageCode.of(value);
	}

	public java.util.@Nullable Currency currency(String field, @Nullable String value) {
		if (value == null) {
			add(field, "is required (ISO 4217)");
			return null;
		}
		if (!CURRENCIES.contains(value)) {
			add(field, "'" + value + "' is not an ISO 4217 currency code");
			return null;
		}
		return java.util.Currency.getInstance(value);
	}

	public @Nullable Money money(String field, @Nullable String amount, java.util.@Nullable Currency currency) {
		if (amount == null) {
			add(field, "is required (a decimal string)");
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(amount);
			if (value.signum() < 0) {
				add(field, "must not be negative");
				return null;
			}
			return currency == null ? null : new Money(value, currency);
		}
		catch (NumberFormatException e) {
			add(field, "'" + amount + "' is not a decimal number");
		}
		catch (IllegalArgumentException e) {
			add(field, e.getMessage());
		}
		return null;
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private static final Set<String> CURRENCIES = java.util.Currency.getAvailableCurrencies()
		.stream()
		.map(java.util.Currency::getCurrencyCode)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());
}
