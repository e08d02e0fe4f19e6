package io.crossback.policy;

import io.crossback.core.WireValue;

/** How the days of a period are counted. */
public enum DayKind implements WireValue {
	CALENDAR, BUSINESS
}
