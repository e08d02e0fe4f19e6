package io.crossback.calendars;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.crossback.core.CountryCode;

/**
 * The weekly rest days of a country. Most markets rest on Saturday and Sunday; a few Gulf and Middle-Eastern markets on
 * Friday and Saturday. (The United Arab Emirates moved to Saturday–Sunday in 2022.)
 */
public final class Workweek {

	private static final Set<DayOfWeek> SATURDAY_SUNDAY = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

	private static final Set<DayOfWeek> FRIDAY_SATURDAY = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

	private static final Map<String, Set<DayOfWeek>> WEEKENDS = Map.of(
			"SA", FRIDAY_SATURDAY, "IL", FRIDAY_SATURDAY, "QA", FRIDAY_SATURDAY, "KW", FRIDAY_SATURDAY,
			"BH", FRIDAY_SATURDAY, "OM", FRIDAY_SATURDAY, "EG", FRIDAY_SATURDAY, "JO", FRIDAY_SATURDAY,
			"IR", EnumSet.of(DayOfWeek.FRIDAY));

	private Workweek() {
	}

	public static Set<DayOfWeek> weekend(CountryCode country) {
		return WEEKENDS.getOrDefault(country.value(), SATURDAY_SUNDAY);
	}
}
