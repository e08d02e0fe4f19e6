package io.crossback.calendars;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Working-time arithmetic on one {@link CalendarDefinition}. Business time is the time inside opening windows on open
 * days: not on the country's (and region's) public holidays, not on tenant closures, and, for a 24/7 calendar, every
 * instant. Windows are turned into instants in the calendar's time zone, so a window that spans a daylight-saving
 * switch lasts its real length (a 01:00–04:00 window is two hours long on the spring-forward night).
 * <p>
 * Working days are open days: a day of the opening hours (for 24/7 calendars a day outside the country's weekend)
 * that is no public holiday and no closure. Immutable and thread-safe.
 */
public final class BusinessCalendar {

	/** No calendar may be closed for longer than this; guards against an endless search. */
	private static final int MAX_CLOSED_DAYS = 3 * 366;

	private final CalendarDefinition definition;

	private final WorkingDays workingDays;

	private final Map<DayOfWeek, List<OpeningHours>> windowsByDay = new EnumMap<>(DayOfWeek.class);

	public BusinessCalendar(CalendarDefinition definition, WorkingDays workingDays) {
		this.definition = definition;
		this.workingDays = workingDays;
		for (OpeningHours hours : definition.openingHours()) {
			for (DayOfWeek day : hours.days()) {
				windowsByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(hours);
			}
		}
		windowsByDay.values().forEach(list -> list.sort(Comparator.comparing(OpeningHours::from)));
	}

	public CalendarDefinition definition() {
		return definition;
	}

	public ZoneId zone() {
		return definition.timeZone();
	}

	/** Whether {@code date} is a working day of this calendar. */
	public boolean isWorkingDay(LocalDate date) {
		if (definition.closures().contains(date)
				|| workingDays.isPublicHoliday(definition.country(), definition.region(), date)) {
			return false;
		}
		return definition.twentyFourSeven() ? !Workweek.weekend(definition.country()).contains(date.getDayOfWeek())
				: windowsByDay.containsKey(date.getDayOfWeek());
	}

	/**
	 * The instant at which {@code amount} of business time after {@code from} has passed. A zero amount answers
	 * {@code from}; an amount that ends exactly at closing time answers the closing instant, not the next opening.
	 */
	public Instant plusBusinessTime(Instant from, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("business time must not be negative: " + amount);
		}
		if (amount.isZero() || definition.twentyFourSeven()) {
			return from.plus(amount);
		}
		Duration remaining = amount;
		LocalDate day = from.atZone(zone()).toLocalDate();
		for (int closed = 0; closed <= MAX_CLOSED_DAYS; day = day.plusDays(1)) {
			List<Window> windows = windows(day);
			closed = windows.isEmpty() ? closed + 1 : 0;
			for (Window window : windows) {
				Instant start = window.start.isAfter(from) ? window.start : from;
				if (!start.isBefore(window.end)) {
					continue;
				}
				Duration available = Duration.between(start, window.end);
				if (remaining.compareTo(available) <= 0) {
					return start.plus(remaining);
				}
				remaining = remaining.minus(available);
			}
		}
		throw new IllegalStateException("calendar has no opening hours for " + MAX_CLOSED_DAYS + " days");
	}

	/** Business time between two instants; zero if {@code to} is not after {@code from}. */
	public Duration businessTimeBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		if (definition.twentyFourSeven()) {
			return Duration.between(from, to);
		}
		Duration total = Duration.ZERO;
		LocalDate last = to.atZone(zone()).toLocalDate();
		for (LocalDate day = from.atZone(zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			for (Window window : windows(day)) {
				Instant start = window.start.isAfter(from) ? window.start : from;
				Instant end = window.end.isBefore(to) ? window.end : to;
				if (start.isBefore(end)) {
					total = total.plus(Duration.between(start, end));
				}
			}
		}
		return total;
	}

	/**
	 * The end of the {@code days}-th working day after the day of {@code from} (in the calendar's zone): its closing
	 * time, or the following midnight for a 24/7 calendar. "7 working days after receipt" is due when the seventh
	 * working day after the day of receipt closes. Zero days answers {@code from}.
	 */
	public Instant plusWorkingDays(Instant from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("working days must not be negative: " + days);
		}
		if (days == 0) {
			return from;
		}
		LocalDate day = from.atZone(zone()).toLocalDate();
		int counted = 0;
		for (int closed = 0; counted < days; ) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
				closed = 0;
			}
			else if (++closed > MAX_CLOSED_DAYS) {
				throw new IllegalStateException("calendar has no working day for " + MAX_CLOSED_DAYS + " days");
			}
		}
		return endOfBusiness(day);
	}

	private Instant endOfBusiness(LocalDate day) {
		if (definition.twentyFourSeven()) {
			return day.plusDays(1).atStartOfDay(zone()).toInstant();
		}
		List<Window> windows = windows(day);
		return windows.get(windows.size() - 1).end;
	}

	/** The day's opening windows as instants, in order; none on closed days. */
	private List<Window> windows(LocalDate day) {
		if (definition.twentyFourSeven()) {
			return List.of(new Window(day.atStartOfDay(zone()).toInstant(),
					day.plusDays(1).atStartOfDay(zone()).toInstant()));
		}
		if (!isWorkingDay(day)) {
			return List.of();
		}
		List<Window> windows = new ArrayList<>(2);
		for (OpeningHours hours : windowsByDay.get(day.getDayOfWeek())) {
			Instant start = day.atTime(hours.from()).atZone(zone()).toInstant();
			Instant end = hours.endsAtMidnight() ? day.plusDays(1).atStartOfDay(zone()).toInstant()
					: day.atTime(hours.to()).atZone(zone()).toInstant();
			if (start.isBefore(end)) {
				windows.add(new Window(start, end));
			}
		}
		return windows;
	}

	private record Window(Instant start, Instant end) {
	}

	@Override
	public String toString() {
		return "BusinessCalendar" + definition;
	}
}
