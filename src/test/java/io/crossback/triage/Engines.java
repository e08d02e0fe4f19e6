package io.crossback.triage;

/** One triage engine per test JVM: Lingua's models take seconds to load, so test classes share them. */
final class Engines {

	private static MessageTriage triage;

	private Engines() {
	}

	static synchronized MessageTriage triage() {
		if (triage == null) {
			triage = MessageTriage.fromClasspath(false);
		}
		return triage;
	}
}
