package io.crossback.calendars;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.crossback.core.CountryCode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BusinessCalendarTests {

	static final WorkingDays WORKING_DAYS = new WorkingDays();

	static final Set<DayOfWeek> WEEKDAYS = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

	static final Map<String, BusinessCalendar> CALENDARS = Map.of(
			"berlin", calendar("Europe/Berlin", "DE", "BE", List.of(hours(WEEKDAYS, "09:00", "18:00")),
					Set.of(LocalDate.parse("2026-12-24"))),
			"berlin-lunch", calendar("Europe/Berlin", "DE", null,
					List.of(hours(WEEKDAYS, "09:00", "12:00"), hours(WEEKDAYS, "13:00", "18:00")), Set.of()),
			"berlin-nights", calendar("Europe/Berlin", "DE", null,
					List.of(hours(EnumSet.allOf(DayOfWeek.class), "01:00", "04:00")), Set.of()),
			"berlin-24x7", calendar("Europe/Berlin", "DE", null, List.of(), Set.of()),
			"paris", calendar("Europe/Paris", "FR", null, List.of(hours(WEEKDAYS, "09:00", "17:00")), Set.of()),
			"london", calendar("Europe/London", "GB", null, List.of(hours(WEEKDAYS, "09:00", "17:00")), Set.of()),
			"new-york", calendar("America/New_York", "US", null, List.of(hours(WEEKDAYS, "09:00", "17:00")), Set.of()),
			"riyadh", calendar("Asia/Riyadh", "SA", null,
					List.of(hours(EnumSet.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY), "08:00", "16:00")), Set.of()),
			"tokyo", calendar("Asia/Tokyo", "JP", null, List.of(hours(WEEKDAYS, "09:00", "18:00")), Set.of()),
			"late-shift", calendar("Europe/Berlin", "DE", null, List.of(hours(WEEKDAYS, "16:00", "24:00")), Set.of()));

	@ParameterizedTest(name = "{0}: {1} + {2} = {3} ({4})")
	@CsvSource(textBlock = """
			berlin,        2026-11-20T16:55:00Z, PT1H,    2026-11-23T08:55:00Z, 'Friday 17:55 CET, over the weekend'
			berlin,        2026-05-22T15:55:00Z, PT1H,    2026-05-26T07:55:00Z, 'Friday 17:55 CEST, weekend and Whit Monday'
			berlin,        2026-11-20T16:00:00Z, PT1H,    2026-11-20T17:00:00Z, 'ends exactly at closing time'
			berlin,        2026-11-23T05:00:00Z, PT30M,   2026-11-23T08:30:00Z, 'before opening starts at opening'
			berlin,        2026-11-21T12:00:00Z, PT1H,    2026-11-23T09:00:00Z, 'Saturday counts nothing'
			berlin,        2026-12-23T16:30:00Z, PT1H,    2026-12-28T08:30:00Z, 'tenant closure 24 Dec, Christmas, weekend'
			berlin,        2026-03-06T16:30:00Z, PT1H,    2026-03-09T08:30:00Z, 'Women’s Day on a Sunday moves nothing'
			berlin,        2026-11-23T08:00:00Z, PT18H,   2026-11-24T17:00:00Z, 'two full days end at Tuesday closing'
			berlin,        2026-11-23T08:00:00Z, PT0S,    2026-11-23T08:00:00Z, 'zero is the start itself'
			berlin-lunch,  2026-11-23T10:30:00Z, PT1H,    2026-11-23T12:30:00Z, 'lunch break does not count'
			berlin-nights, 2026-03-29T00:00:00Z, PT2H30M, 2026-03-29T23:30:00Z, 'spring forward: the 01-04 window lasts two hours'
			berlin-nights, 2026-10-24T23:00:00Z, PT3H30M, 2026-10-25T02:30:00Z, 'fall back: the 01-04 window lasts four hours'
			berlin-24x7,   2026-03-29T00:30:00Z, PT3H,    2026-03-29T03:30:00Z, '24/7 counts real time across the switch'
			berlin-24x7,   2026-12-25T10:00:00Z, PT2H,    2026-12-25T12:00:00Z, '24/7 counts holidays too'
			late-shift,    2026-11-23T22:30:00Z, PT1H,    2026-11-24T15:30:00Z, 'window ending at 24:00'
			london,        2026-12-24T16:30:00Z, PT1H,    2026-12-29T09:30:00Z, 'Christmas, weekend, Boxing Day substitute Monday'
			new-york,      2026-11-25T21:30:00Z, PT1H,    2026-11-27T14:30:00Z, 'Thanksgiving'
			riyadh,        2026-11-26T12:30:00Z, PT1H,    2026-11-29T05:30:00Z, 'Friday and Saturday closed, Sunday open'
			tokyo,         2026-11-20T08:30:00Z, PT1H,    2026-11-24T00:30:00Z, 'Labour Thanksgiving Day Monday'
			""")
	void addsBusinessTime(String calendar, Instant from, Duration amount, Instant expected, String why) {
		assertThat(CALENDARS.get(calendar).plusBusinessTime(from, amount)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: {1} + {2} working days = {3} ({4})")
	@CsvSource(textBlock = """
			berlin,      2026-11-20T10:00:00Z, 7,  2026-12-01T17:00:00Z, 'seven working days after a Friday receipt'
			berlin,      2026-10-23T10:00:00Z, 1,  2026-10-26T17:00:00Z, 'closes at 18:00 CET after the autumn switch'
			berlin,      2026-12-22T10:00:00Z, 2,  2026-12-28T17:00:00Z, 'closure on 24 Dec and Christmas do not count'
			berlin,      2026-11-30T09:00:00Z, 15, 2026-12-21T17:00:00Z, 'fifteen working days for a dispute'
			berlin,      2026-11-23T09:00:00Z, 0,  2026-11-23T09:00:00Z, 'zero days is the start itself'
			paris,       2026-07-13T10:00:00Z, 1,  2026-07-15T15:00:00Z, 'Bastille Day'
			berlin-24x7, 2026-11-20T10:00:00Z, 1,  2026-11-23T23:00:00Z, '24/7: the end of Monday, midnight'
			riyadh,      2026-11-25T10:00:00Z, 2,  2026-11-29T13:00:00Z, 'Thursday, then Sunday'
			""")
	void addsWorkingDays(String calendar, Instant from, int days, Instant expected, String why) {
		assertThat(CALENDARS.get(calendar).plusWorkingDays(from, days)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: {1} .. {2} = {3} ({4})")
	@CsvSource(textBlock = """
			berlin,        2026-11-20T16:55:00Z, 2026-11-23T08:55:00Z, PT1H,   'over a weekend'
			berlin,        2026-11-23T08:55:00Z, 2026-11-20T16:55:00Z, PT0S,   'backwards is zero'
			berlin,        2026-12-23T00:00:00Z, 2026-12-29T00:00:00Z, PT18H,  'Wednesday and Monday only'
			berlin-nights, 2026-03-28T23:00:00Z, 2026-03-30T00:00:00Z, PT3H,   'a short night and part of the next'
			berlin-lunch,  2026-11-23T10:00:00Z, 2026-11-23T13:00:00Z, PT2H,   'lunch is left out'
			""")
	void measuresBusinessTimeBetween(String calendar, Instant from, Instant to, Duration expected, String why) {
		assertThat(CALENDARS.get(calendar).businessTimeBetween(from, to)).isEqualTo(expected);
	}

	@Property(tries = 300)
	void businessTimeBetweenUndoesPlusBusinessTime(@ForAll @LongRange(min = 1_767_225_600L, max = 1_830_297_600L) long epochSecond,
			@ForAll @IntRange(min = 0, max = 60 * 24 * 20) int minutes) {
		for (BusinessCalendar calendar : CALENDARS.values()) {
			Instant from = Instant.ofEpochSecond(epochSecond);
			Duration amount = Duration.ofMinutes(minutes);
			Instant due = calendar.plusBusinessTime(from, amount);
			assertThat(calendar.businessTimeBetween(from, due)).as("%s from %s", calendar, from).isEqualTo(amount);
		}
	}

	@Test
	void knowsWorkingDaysFromOpeningHoursHolidaysAndClosures() {
		BusinessCalendar berlin = CALENDARS.get("berlin");
		assertThat(berlin.isWorkingDay(LocalDate.parse("2026-12-23"))).isTrue();
		assertThat(berlin.isWorkingDay(LocalDate.parse("2026-12-24"))).as("closure").isFalse();
		assertThat(berlin.isWorkingDay(LocalDate.parse("2026-12-25"))).as("holiday").isFalse();
		assertThat(berlin.isWorkingDay(LocalDate.parse("2026-11-21"))).as("Saturday").isFalse();
		assertThat(CALENDARS.get("riyadh").isWorkingDay(LocalDate.parse("2026-11-29"))).as("Sunday in Riyadh").isTrue();
	}

	@Test
	void rejectsOverlappingOpeningHours() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarDefinition(ZoneId.of("Europe/Berlin"),
				CountryCode.of("DE"), null,
				List.of(hours(WEEKDAYS, "09:00", "13:00"), hours(EnumSet.of(FRIDAY), "12:00", "18:00")), Set.of()));
	}

	@Test
	void rejectsNegativeAmounts() {
		BusinessCalendar berlin = CALENDARS.get("berlin");
		assertThatIllegalArgumentException().isThrownBy(() -> berlin.plusBusinessTime(Instant.EPOCH, Duration.ofHours(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> berlin.plusWorkingDays(Instant.EPOCH, -1));
	}

	static BusinessCalendar calendar(String zone, String country, String region, List<OpeningHours> hours,
			Set<LocalDate> closures) {
		return new BusinessCalendar(
				new CalendarDefinition(ZoneId.of(zone), CountryCode.of(country), region, hours, closures), WORKING_DAYS);
	}

	static OpeningHours hours(Set<DayOfWeek> days, String from, String to) {
		return new OpeningHours(days, LocalTime.parse(from), to.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(to));
	}
}
