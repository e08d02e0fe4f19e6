package io.crossback.cases;

/** The caller acted on a version of the case that is no longer current. */
public class StaleCase extends RuntimeException {

	private final long currentVersion;

	StaleCase(long expected, long currentVersion) {
		super("The case is at version %d, not %d: reload it and try again".formatted(currentVersion, expected), null,
				false, false);
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}
}
