package io.crossback.calendars;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.crossback.core.CountryCode;

/**
 * What a business calendar is made of: a time zone, the country (and region) whose public holidays close it, weekly
 * opening hours (none means open 24/7) and the tenant's own closure days.
 *
 * @param region ISO 3166-2 subdivision without the country prefix ({@code BE} for Berlin), or {@code null}
 */
public record CalendarDefinition(ZoneId timeZone, CountryCode country, @Nullable String region,
		List<OpeningHours> openingHours, Set<LocalDate> closures) {

	public CalendarDefinition {
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(country, "country");
		openingHours = List.copyOf(openingHours);
		closures = Set.copyOf(closures);
		for (int i = 0; i < openingHours.size(); i++) {
			for (int j = i + 1; j < openingHours.size(); j++) {
				if (openingHours.get(i).overlaps(openingHours.get(j))) {
					throw new IllegalArgumentException("opening hours overlap: entries " + i + " and " + j);
				}
			}
		}
	}

	/** Open around the clock (no opening hours given). */
	public boolean twentyFourSeven() {
		return openingHours.isEmpty();
	}

	/** Closure days in calendar order. */
	public List<LocalDate> sortedClosures() {
		return List.copyOf(new TreeSet<>(closures));
	}
}
