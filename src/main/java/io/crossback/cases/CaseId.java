package io.crossback.cases;

import java.util.Objects;
import java.util.UUID;

/** Identifies an after-sales case. */
public record CaseId(UUID value) {

	public CaseId {
		Objects.requireNonNull(value, "value");
	}

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	public static CaseId of(String value) {
		return new CaseId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
