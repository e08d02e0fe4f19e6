package io.crossback.orders;

import org.jspecify.annotations.Nullable;

import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;

/** The buyer. {@code email} and {@code name} are null once the customer's personal data was erased. */
public record Customer(String id, @Nullable String email, @Nullable String name, LanguageCode language,
		CountryCode country, CustomerTier tier) {
}
