package io.crossback.routing;

import io.crossback.core.WireValue;

/** How well an agent speaks a language; better levels score higher when several agents qualify. */
enum LanguageLevel implements WireValue {
	BASIC(2), CONVERSATIONAL(5), FLUENT(8), NATIVE(10);

	private final int points;

	LanguageLevel(int points) {
		this.points = points;
	}

	int points() {
		return points;
	}
}
