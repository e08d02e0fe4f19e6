package io.crossback.routing;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A weekly working window in the agent's own time zone. {@code to} before {@code from} means the shift runs past
 * midnight into the next day (a night shift starting on one of {@code days}); {@code to} is exclusive.
 */
record Shift(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

	Shift {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (days == null || days.isEmpty()) {
			throw new IllegalArgumentException("a shift needs at least one day");
		}
		if (from.equals(to)) {
			throw new IllegalArgumentException("a shift must not start and end at the same time");
		}
		days = Set.copyOf(EnumSet.copyOf(days));
	}

	boolean overnight() {
		return to.isBefore(from);
	}

	/** Whether the local wall-clock time falls inside this shift. */
	boolean covers(LocalDateTime local) {
		LocalTime time = local.toLocalTime();
		DayOfWeek day = local.getDayOfWeek();
		if (!overnight()) {
			return days.contains(day) && !time.isBefore(from) && time.isBefore(to);
		}
		boolean lateStart = days.contains(day) && !time.isBefore(from);
		boolean earlyEnd = days.contains(day.minus(1)) && time.isBefore(to);
		return lateStart || earlyEnd;
	}
}
