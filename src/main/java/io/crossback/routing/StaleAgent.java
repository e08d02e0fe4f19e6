package io.crossback.routing;

/** An agent update based on a version that is no longer current; the web layer answers 412. */
class StaleAgent extends RuntimeException {

	private final long currentVersion;

	StaleAgent(AgentId id, long expected, long currentVersion) {
		super("agent %s is at version %d, not %d".formatted(id, currentVersion, expected), null, false, false);
		this.currentVersion = currentVersion;
	}

	long currentVersion() {
		return currentVersion;
	}
}
