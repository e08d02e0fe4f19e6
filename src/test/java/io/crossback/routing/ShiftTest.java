package io.crossback.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShiftTest {

	static final Shift WEEKDAYS_9_TO_17 = new Shift(
			EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
			LocalTime.of(9, 0), LocalTime.of(17, 0));

	static final Shift FRIDAY_NIGHT = new Shift(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0));

	@ParameterizedTest(name = "{0} in {1}: on shift {2}")
	@CsvSource({
			// 2026-11-23 is a Monday. Istanbul is UTC+3 all year.
			"2026-11-23T06:00:00Z, Europe/Istanbul, true", // 09:00 local, first minute
			"2026-11-23T05:59:59Z, Europe/Istanbul, false", // 08:59:59 local
			"2026-11-23T13:59:59Z, Europe/Istanbul, true", // 16:59:59 local
			"2026-11-23T14:00:00Z, Europe/Istanbul, false", // 17:00 local: end is exclusive
			"2026-11-28T10:00:00Z, Europe/Istanbul, false", // Saturday
			"2026-11-23T08:00:00Z, America/New_York, false", // 03:00 local in New York
			"2026-11-23T14:00:00Z, America/New_York, true", // 09:00 local (EST, UTC-5)
			"2026-07-06T13:00:00Z, America/New_York, true", // 09:00 local in summer (EDT, UTC-4)
			"2026-11-23T23:30:00Z, Asia/Tokyo, false", // Tuesday 08:30 in Tokyo
			"2026-11-24T00:00:00Z, Asia/Tokyo, true", // Tuesday 09:00 in Tokyo, still Monday in UTC
	})
	void followsTheSunInTheAgentsOwnZone(Instant now, String zone, boolean expected) {
		assertThat(profile(ZoneId.of(zone), List.of(WEEKDAYS_9_TO_17)).isOnShift(now)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: on night shift {1}")
	@CsvSource({
			"2026-11-27T21:59:00Z, false", // Friday 21:59 UTC
			"2026-11-27T22:00:00Z, true", // Friday 22:00
			"2026-11-28T05:59:00Z, true", // Saturday 05:59, still Friday's shift
			"2026-11-28T06:00:00Z, false", // Saturday 06:00, shift over
			"2026-11-28T23:00:00Z, false", // Saturday night: no shift starts on Saturday
			"2026-11-27T03:00:00Z, false", // Friday early morning belongs to Thursday's (absent) night
	})
	void nightShiftRunsPastMidnight(Instant now, boolean expected) {
		assertThat(profile(ZoneId.of("UTC"), List.of(FRIDAY_NIGHT)).isOnShift(now)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "2026-11-28T03:00:00Z", "2026-11-23T12:00:00Z" })
	void agentWithoutShiftsIsAlwaysOnShift(Instant now) {
		assertThat(profile(ZoneId.of("UTC"), List.of()).isOnShift(now)).isTrue();
	}

	static AgentProfile profile(ZoneId zone, List<Shift> shifts) {
		return new AgentProfile("Aylin", Map.of(), Set.of(), Set.of(), Set.of(), Set.of("customer_service"), 5, zone,
				shifts, Map.of());
	}
}
