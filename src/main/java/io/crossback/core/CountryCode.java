package io.crossback.core;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case. */
public record CountryCode(String value) {

	private static final Set<String> ISO = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	/** The 27 member states of the European Union. */
	private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
			"HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

	public CountryCode {
		if (value == null || !ISO.contains(value)) {
			throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + value);
		}
	}

	public static CountryCode of(String value) {
		return new CountryCode(value);
	}

	public static boolean isValid(String value) {
		return value != null && ISO.contains(value);
	}

	public boolean isEu() {
		return EU.contains(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
