package io.crossback.calendars;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One weekly opening window: on each of {@code days} from {@code from} (inclusive) to {@code to} (exclusive), local
 * time. A {@code to} of {@link LocalTime#MIDNIGHT} means the end of the day ("24:00"); windows do not span midnight.
 */
public record OpeningHours(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

	public OpeningHours {
		Objects.requireNonNull(days, "days");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (days.isEmpty()) {
			throw new IllegalArgumentException("opening hours need at least one day");
		}
		if (!endsAtMidnight(to) && !from.isBefore(to)) {
			throw new IllegalArgumentException("opening hours must start before they end: " + from + "-" + to);
		}
		days = Set.copyOf(EnumSet.copyOf(days));
	}

	/** Whether the window closes at the end of the day (written {@code 24:00}). */
	public boolean endsAtMidnight() {
		return endsAtMidnight(to);
	}

	boolean overlaps(OpeningHours other) {
		if (days.stream().noneMatch(other.days::contains)) {
			return false;
		}
		return from.isBefore(other.effectiveEnd()) && other.from.isBefore(effectiveEnd());
	}

	private LocalTime effectiveEnd() {
		return endsAtMidnight() ? LocalTime.MAX : to;
	}

	private static boolean endsAtMidnight(LocalTime to) {
		return to.equals(LocalTime.MIDNIGHT);
	}
}
