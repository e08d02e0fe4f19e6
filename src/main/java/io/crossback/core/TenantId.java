package io.crossback.core;

import java.util.regex.Pattern;

/** A merchant's identifier: lower-case letters, digits and dashes, 2 to 64 characters. */
public record TenantId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

	public TenantId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("tenant id must match " + FORMAT.pattern() + ": " + value);
		}
	}

	public static TenantId of(String value) {
		return new TenantId(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
