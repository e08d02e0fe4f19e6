package io.crossback.routing;

import io.crossback.core.WireValue;

/** A coarse band of the priority score, for people and for queue views. */
enum PriorityLevel implements WireValue {
	LOW, NORMAL, HIGH, URGENT;

	static PriorityLevel of(int score) {
		if (score >= 80) {
			return URGENT;
		}
		if (score >= 60) {
			return HIGH;
		}
		if (score >= 30) {
			return NORMAL;
		}
		return LOW;
	}
}
