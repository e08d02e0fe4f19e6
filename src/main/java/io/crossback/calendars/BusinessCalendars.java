package io.crossback.calendars;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.core.Conflict;
import io.crossback.core.CountryCode;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;
import io.crossback.core.TransactionMemo;

/**
 * The tenants' business calendars. Every tenant has two built-in calendars until it saves its own under the same id:
 * {@value #DEFAULT} (Europe/Berlin, German public holidays, Monday to Friday 09:00–18:00) and {@value #ROUND_THE_CLOCK}
 * (24/7, German working days).
 */
@Service
public class BusinessCalendars {

	private static final String MEMO = "calendars.calendar";

	public static final String DEFAULT = "default";

	public static final String ROUND_THE_CLOCK = "24x7";

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

	private static final Map<String, CalendarDefinition> BUILT_IN = Map.of(
			DEFAULT, new CalendarDefinition(ZoneId.of("Europe/Berlin"), CountryCode.of("DE"), null,
					List.of(new OpeningHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
							LocalTime.of(18, 0))),
					Set.of()),
			ROUND_THE_CLOCK, new CalendarDefinition(ZoneOffset.UTC, CountryCode.of("DE"), null, List.of(), Set.of()));

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private final Clock clock;

	BusinessCalendars(JdbcClient jdbc, WorkingDays workingDays, Clock clock) {
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	public static boolean isValidId(String calendarId) {
		return calendarId != null && ID.matcher(calendarId).matches();
	}

	/** The tenant's calendar, or a built-in one of that id. */
	@Transactional(readOnly = true)
	public Optional<StoredCalendar> find(TenantId tenant, String calendarId) {
		Optional<StoredCalendar> stored = jdbc.sql("""
				select calendar_id, time_zone, country, region, opening_hours, closures, version
				from business_calendar where tenant_id = ? and calendar_id = ?""")
			.params(tenant.value(), calendarId)
			.query((rs, row) -> new StoredCalendar(rs.getString("calendar_id"),
					new CalendarDefinition(ZoneId.of(rs.getString("time_zone")), CountryCode.of(rs.getString("country")),
							rs.getString("region"), parseHours(rs.getString("opening_hours")),
							parseClosures(rs.getString("closures"))),
					rs.getLong("version"), false))
			.optional();
		return stored.or(() -> Optional.ofNullable(BUILT_IN.get(calendarId))
			.map(definition -> new StoredCalendar(calendarId, definition, 0, true)));
	}

	/** The calendar ready for arithmetic; {@link NotFound} if the tenant has none of that id. */
	public BusinessCalendar calendar(TenantId tenant, String calendarId) {
		// built once per transaction: a case change measures several clocks on the same calendar
		BusinessCalendar calendar = TransactionMemo.get(MEMO, List.of(tenant, calendarId),
				() -> find(tenant, calendarId).map(stored -> new BusinessCalendar(stored.definition(), workingDays))
					.orElse(null));
		if (calendar == null) {
			throw new NotFound("no calendar '" + calendarId + "'");
		}
		return calendar;
	}

	/**
	 * Creates or replaces a calendar. With {@code expectedVersion} the write only succeeds if the stored version is
	 * still that one (0: not stored yet); otherwise the last write wins.
	 */
	@Transactional
	public StoredCalendar save(TenantId tenant, String calendarId, CalendarDefinition definition,
			@Nullable Long expectedVersion) {
		TransactionMemo.forget(MEMO, List.of(tenant, calendarId));
		if (!isValidId(calendarId)) {
			throw new IllegalArgumentException("calendar id must match " + ID.pattern());
		}
		Long current = jdbc.sql("select version from business_calendar where tenant_id = ? and calendar_id = ? for update")
			.params(tenant.value(), calendarId)
			.query(Long.class)
			.optional()
			.orElse(null);
		long stored = current == null ? 0 : current;
		if (expectedVersion != null && expectedVersion != stored) {
			throw new Conflict("stale-version",
					"calendar '%s' is at version %d, not %d".formatted(calendarId, stored, expectedVersion));
		}
		long next = stored + 1;
		if (current == null) {
			try {
				jdbc.sql("""
						insert into business_calendar (tenant_id, calendar_id, time_zone, country, region, opening_hours,
						closures, version, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(tenant.value(), calendarId, definition.timeZone().getId(), definition.country().value(),
							definition.region(), formatHours(definition.openingHours()),
							formatClosures(definition), next, clock.instant().atOffset(ZoneOffset.UTC))
					.update();
			}
			catch (DuplicateKeyException e) {
				throw new Conflict("stale-version", "calendar '%s' was created concurrently".formatted(calendarId));
			}
		}
		else {
			jdbc.sql("""
					update business_calendar set time_zone = ?, country = ?, region = ?, opening_hours = ?, closures = ?,
					version = ?, updated_at = ? where tenant_id = ? and calendar_id = ?""")
				.params(definition.timeZone().getId(), definition.country().value(), definition.region(),
						formatHours(definition.openingHours()), formatClosures(definition), next,
						clock.instant().atOffset(ZoneOffset.UTC), tenant.value(), calendarId)
				.update();
		}
		return new StoredCalendar(calendarId, definition, next, false);
	}

	static String formatHours(List<OpeningHours> hours) {
		return hours.stream()
			.map(h -> h.days().stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(",")) + " "
					+ h.from() + "-" + (h.endsAtMidnight() ? "24:00" : h.to().toString()))
			.collect(Collectors.joining(";"));
	}

	static List<OpeningHours> parseHours(String text) {
		if (text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(";")).map(window -> {
			String[] parts = window.split(" ");
			String[] times = parts[1].split("-");
			Set<DayOfWeek> days = Arrays.stream(parts[0].split(","))
				.map(BusinessCalendars::dayOfWeek)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
			return new OpeningHours(days, LocalTime.parse(times[0]), parseTime(times[1]));
		}).toList();
	}

	/** {@code HH:mm}, with {@code 24:00} for the end of the day. */
	public static LocalTime parseTime(String text) {
		return text.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(text);
	}

	/** {@code MON}…{@code SUN}. */
	public static DayOfWeek dayOfWeek(String abbreviation) {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day.name().substring(0, 3).equals(abbreviation)) {
				return day;
			}
		}
		throw new IllegalArgumentException("not a day: " + abbreviation);
	}

	private static String formatClosures(CalendarDefinition definition) {
		return definition.sortedClosures().stream().map(LocalDate::toString).collect(Collectors.joining(","));
	}

	private static Set<LocalDate> parseClosures(String text) {
		return text.isBlank() ? Set.of()
				: Arrays.stream(text.split(",")).map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
	}
}
