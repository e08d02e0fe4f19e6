package io.crossback.core;

/** A request that contradicts the resource's current state; the web layer answers 409. */
public class Conflict extends RuntimeException {

	private final String problemType;

	public Conflict(String problemType, String message) {
		super(message, null, false, false);
		this.problemType = problemType;
	}

	/** The last path segment of the problem type URI, e.g. {@code idempotency-key-reused}. */
	public String problemType() {
		return problemType;
	}
}
