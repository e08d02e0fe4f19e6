package io.crossback.calendars;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.crossback.core.CountryCode;

/**
 * Working days of a country, optionally of one of its regions (ISO 3166-2 subdivision code without the country
 * prefix, lower case as Jollyday names them, e.g. {@code be} for Berlin). Public holidays come from Jollyday; rest
 * days from {@link Workweek}. Holidays are cached per country, region and year.
 * <p>
 * Countries Jollyday does not cover are answered with weekends only, and {@link #coversHolidays(CountryCode)} says so.
 */
@Component
public class WorkingDays {

	private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

	private final Map<String, Optional<HolidayManager>> managers = new ConcurrentHashMap<>();

	private final Map<String, Set<LocalDate>> holidays = new ConcurrentHashMap<>();

	public boolean isWorkingDay(CountryCode country, @Nullable String region, LocalDate date) {
		return !Workweek.weekend(country).contains(date.getDayOfWeek()) && !isPublicHoliday(country, region, date);
	}

	public boolean isPublicHoliday(CountryCode country, @Nullable String region, LocalDate date) {
		return holidaysOf(country, region, date.getYear()).contains(date);
	}

	/** Whether public holidays are known for the country (otherwise only rest days count). */
	public boolean coversHolidays(CountryCode country) {
		return manager(country).isPresent();
	}

	/** The first working day on or after {@code date}. */
	public LocalDate onOrAfter(CountryCode country, @Nullable String region, LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(country, region, day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/**
	 * The day on which {@code days} working days after {@code start} have passed: the first working day after
	 * {@code start} counts as one. {@code days} of zero answers {@code start} itself.
	 */
	public LocalDate plusWorkingDays(CountryCode country, @Nullable String region, LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
		LocalDate day = start;
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(country, region, day)) {
				counted++;
			}
		}
		return day;
	}

	private Set<LocalDate> holidaysOf(CountryCode country, @Nullable String region, int year) {
		String regionKey = region == null ? "" : region.toLowerCase(Locale.ROOT);
		return holidays.computeIfAbsent(country.value() + "/" + regionKey + "/" + year,
				key -> manager(country).map(m -> load(m, regionKey, year)).orElse(Set.of()));
	}

	private static Set<LocalDate> load(HolidayManager manager, String region, int year) {
		Set<Holiday> found = region.isEmpty() ? manager.getHolidays(Year.of(year))
				: manager.getHolidays(Year.of(year), region);
		return found.stream()
			.filter(h -> h.getType() == HolidayType.PUBLIC_HOLIDAY)
			.map(Holiday::getDate) // the observed day: a holiday moved off a weekend rests on the weekday
			.collect(Collectors.toUnmodifiableSet());
	}

	private Optional<HolidayManager> manager(CountryCode country) {
		return managers.computeIfAbsent(country.value(), code -> {
			try {
				return Optional.of(HolidayManager.getInstance(ManagerParameters.create(code.toLowerCase(Locale.ROOT))));
			}
			catch (RuntimeException e) {
				log.warn("No public-holiday data for {}: counting rest days only", code);
				return Optional.empty();
			}
		});
	}
}
