package io.crossback.routing;

import java.util.regex.Pattern;

/** An agent's identifier within a tenant: the tenant's own user id or a generated UUID. */
record AgentId(String value) {

	static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

	AgentId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("agent id must match " + FORMAT.pattern() + ": " + value);
		}
	}

	static boolean isValid(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
