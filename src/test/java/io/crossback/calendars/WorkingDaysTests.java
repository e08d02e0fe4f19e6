package io.crossback.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.crossback.core.CountryCode;

class WorkingDaysTests {

	WorkingDays workingDays = new WorkingDays();

	@ParameterizedTest(name = "{0}/{1} {2} working: {3}")
	@CsvSource(nullValues = "-", textBlock = """
			DE, -,  2026-12-25, false, 'Christmas Day, nationwide'
			DE, -,  2026-12-24, true, 'Christmas Eve is no public holiday'
			DE, -,  2026-11-28, false, 'Saturday'
			DE, be, 2026-03-09, true, 'Monday after Women’s Day (Sunday 8 March) in Berlin'
			DE, be, 2027-03-08, false, 'Women’s Day in Berlin only'
			DE, by, 2027-03-08, true,  'not in Bavaria'
			DE, by, 2026-01-06, false, 'Epiphany in Bavaria'
			FR, -,  2026-07-14, false, 'Bastille Day'
			SA, -,  2026-11-27, false, 'Friday rests in Saudi Arabia'
			SA, -,  2026-11-29, true, 'Sunday works there'
			US, -,  2026-11-26, false, 'Thanksgiving'
			GB, -,  2026-12-28, false, 'Boxing Day substitute'
			""")
	void knowsWorkingDays(String country, String region, LocalDate date, boolean working, String why) {
		assertThat(workingDays.isWorkingDay(CountryCode.of(country), region, date)).isEqualTo(working);
	}

	@ParameterizedTest(name = "{1} + {2} working days in {0} = {3}")
	@CsvSource(textBlock = """
			DE, 2026-12-22, 3, 2026-12-28, 'Christmas Eve works; 25 December and the weekend do not'
			DE, 2026-11-20, 7, 2026-12-01, 'Friday plus seven working days'
			SA, 2026-11-25, 2, 2026-11-29, 'Wed + Thu, then Fri/Sat rest'
			DE, 2026-11-20, 0, 2026-11-20, 'zero days is the start itself'
			""")
	void addsWorkingDays(String country, LocalDate start, int days, LocalDate expected, String why) {
		assertThat(workingDays.plusWorkingDays(CountryCode.of(country), null, start, days)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			DE, 2026-12-25, 2026-12-28
			DE, 2026-12-23, 2026-12-23
			""")
	void rollsForwardToAWorkingDay(String country, LocalDate date, LocalDate expected) {
		assertThat(workingDays.onOrAfter(CountryCode.of(country), null, date)).isEqualTo(expected);
	}
}
