package io.crossback.routing;

import java.util.List;

/** How urgently work should be taken, 0-100, and why, in words a supervisor can read. */
record Priority(PriorityLevel level, int score, List<String> reasons) {

	Priority {
		if (score < 0 || score > 100) {
			throw new IllegalArgumentException("score must be 0-100: " + score);
		}
		reasons = List.copyOf(reasons);
	}
}
