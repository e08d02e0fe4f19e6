package io.crossback.calendars.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.calendars.BusinessCalendar;
import io.crossback.calendars.BusinessCalendars;
import io.crossback.calendars.CalendarDefinition;
import io.crossback.calendars.OpeningHours;
import io.crossback.calendars.StoredCalendar;
import io.crossback.core.CountryCode;
import io.crossback.core.InvalidInput;
import io.crossback.core.InvalidInput.FieldError;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;

/** A tenant's business calendars and the date arithmetic agents and the portal use to promise dates. */
@RestController
@RequestMapping("/api/v1/calendars/{calendarId}")
class CalendarController {

	private static final List<String> DAYS = Arrays.stream(DayOfWeek.values()).map(d -> d.name().substring(0, 3)).toList();

	/** Business hours are capped at ten years; beyond that a promise means nothing. */
	private static final Duration MAX_BUSINESS_TIME = Duration.ofDays(3650);

	private final BusinessCalendars calendars;

	CalendarController(BusinessCalendars calendars) {
		this.calendars = calendars;
	}

	@GetMapping
	ResponseEntity<CalendarBody> get(TenantId tenantId, @PathVariable String calendarId) {
		StoredCalendar stored = calendars.find(tenantId, requireId(calendarId))
			.orElseThrow(() -> new NotFound("no calendar '" + calendarId + "'"));
		return ResponseEntity.ok().eTag(etag(stored)).body(CalendarBody.of(stored));
	}

	@PutMapping
	ResponseEntity<CalendarBody> put(TenantId tenantId, @PathVariable String calendarId, @RequestBody CalendarBody body,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		CalendarDefinition definition = body.toDefinition();
		StoredCalendar stored = calendars.save(tenantId, requireId(calendarId), definition, version(ifMatch));
		return ResponseEntity.ok().eTag(etag(stored)).body(CalendarBody.of(stored));
	}

	@PostMapping("/add")
	AddResult add(TenantId tenantId, @PathVariable String calendarId, @RequestBody AddRequest request) {
		List<FieldError> errors = new ArrayList<>();
		Instant from = null;
		if (request.from() == null) {
			errors.add(new FieldError("from", "is required (an instant such as 2026-11-20T16:55:00Z)", List.of()));
		}
		else {
			try {
				from = Instant.parse(request.from());
			}
			catch (DateTimeParseException e) {
				errors.add(new FieldError("from", "is not an ISO 8601 instant: " + request.from(), List.of()));
			}
		}
		if ((request.businessHours() == null) == (request.workingDays() == null)) {
			errors.add(new FieldError("businessHours", "give exactly one of businessHours or workingDays", List.of()));
		}
		Duration businessHours = null;
		if (request.businessHours() != null) {
			try {
				businessHours = Duration.parse(request.businessHours());
				if (businessHours.isNegative() || businessHours.compareTo(MAX_BUSINESS_TIME) > 0) {
					errors.add(new FieldError("businessHours", "must be between PT0S and P3650D", List.of()));
				}
			}
			catch (DateTimeParseException e) {
				errors.add(new FieldError("businessHours", "is not an ISO 8601 duration such as PT1H", List.of()));
			}
		}
		if (request.workingDays() != null && (request.workingDays() < 0 || request.workingDays() > 2000)) {
			errors.add(new FieldError("workingDays", "must be between 0 and 2000", List.of()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		BusinessCalendar calendar = calendars.calendar(tenantId, requireId(calendarId));
		Instant result = businessHours != null ? calendar.plusBusinessTime(from, businessHours)
				: calendar.plusWorkingDays(from, request.workingDays());
		return new AddResult(result.toString());
	}

	private static String requireId(String calendarId) {
		if (!BusinessCalendars.isValidId(calendarId)) {
			throw InvalidInput.of("calendarId", "must be 1-64 lower-case letters, digits, '-' or '_'");
		}
		return calendarId;
	}

	private static String etag(StoredCalendar stored) {
		return "\"" + stored.version() + "\"";
	}

	private static @Nullable Long version(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.equals("*")) {
			return null;
		}
		try {
			return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
		}
		catch (NumberFormatException e) {
			throw InvalidInput.of("If-Match", "is not a version this API issued: " + ifMatch);
		}
	}

	record AddRequest(@Nullable String from, @Nullable String businessHours, @Nullable Integer workingDays) {
	}

	record AddResult(String result) {
	}

	record HoursBody(@Nullable List<String> days, @Nullable String from, @Nullable String to) {
	}

	record CalendarBody(@Nullable String calendarId, @Nullable String timeZone, @Nullable String country,
			@Nullable String region, @Nullable List<HoursBody> openingHours, @Nullable List<String> closures,
			@Nullable Long version) {

		static CalendarBody of(StoredCalendar stored) {
			CalendarDefinition d = stored.definition();
			List<HoursBody> hours = d.twentyFourSeven() ? null : d.openingHours().stream()
				.map(h -> new HoursBody(h.days().stream().sorted().map(day -> day.name().substring(0, 3)).toList(),
						h.from().toString(), h.endsAtMidnight() ? "24:00" : h.to().toString()))
				.toList();
			return new CalendarBody(stored.calendarId(), d.timeZone().getId(), d.country().value(), d.region(), hours,
					d.sortedClosures().stream().map(LocalDate::toString).toList(), stored.version());
		}

		CalendarDefinition toDefinition() {
			List<FieldError> errors = new ArrayList<>();
			ZoneId zone = null;
			if (timeZone == null) {
				errors.add(new FieldError("timeZone", "is required (an IANA zone such as Europe/Berlin)", List.of()));
			}
			else {
				try {
					zone = ZoneId.of(timeZone);
				}
				catch (DateTimeException e) {
					errors.add(new FieldError("timeZone", "is not an IANA time zone: " + timeZone, List.of()));
				}
			}
			if (!CountryCode.isValid(country)) {
				errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code such as DE", List.of()));
			}
			if (region != null && !region.matches("[A-Za-z0-9]{1,8}")) {
				errors.add(new FieldError("region", "must be an ISO 3166-2 subdivision code such as BE", List.of()));
			}
			List<OpeningHours> hours = new ArrayList<>();
			List<HoursBody> given = openingHours == null ? List.of() : openingHours;
			for (int i = 0; i < given.size(); i++) {
				HoursBody h = given.get(i);
				String field = "openingHours[" + i + "]";
				Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
				if (h.days() == null || h.days().isEmpty()) {
					errors.add(new FieldError(field + ".days", "needs at least one day", DAYS));
				}
				else {
					for (String day : h.days()) {
						if (!DAYS.contains(day)) {
							errors.add(new FieldError(field + ".days", "'" + day + "' is not one of " + DAYS, DAYS));
						}
						else {
							days.add(BusinessCalendars.dayOfWeek(day));
						}
					}
				}
				LocalTime from = time(h.from(), field + ".from", errors, false);
				LocalTime to = time(h.to(), field + ".to", errors, true);
				if (from != null && to != null && !days.isEmpty()) {
					try {
						hours.add(new OpeningHours(days, from, to));
					}
					catch (IllegalArgumentException e) {
						errors.add(new FieldError(field, e.getMessage(), List.of()));
					}
				}
			}
			Set<LocalDate> closed = new HashSet<>();
			List<String> givenClosures = closures == null ? List.of() : closures;
			for (int i = 0; i < givenClosures.size(); i++) {
				try {
					closed.add(LocalDate.parse(givenClosures.get(i)));
				}
				catch (DateTimeParseException | NullPointerException e) {
					errors.add(new FieldError("closures[" + i + "]", "is not an ISO date such as 2026-12-24", List.of()));
				}
			}
			if (errors.isEmpty()) {
				try {
					return new CalendarDefinition(zone, CountryCode.of(country),
							region == null ? null : region.toUpperCase(java.util.Locale.ROOT), hours, closed);
				}
				catch (IllegalArgumentException e) {
					errors.add(new FieldError("openingHours", e.getMessage(), List.of()));
				}
			}
			throw new InvalidInput(errors);
		}

		private static @Nullable LocalTime time(@Nullable String text, String field, List<FieldError> errors,
				boolean endOfDay) {
			if (text == null || !text.matches("\\d{2}:\\d{2}")) {
				errors.add(new FieldError(field, "must be a time such as 09:00" + (endOfDay ? " (24:00 for midnight)" : ""),
						List.of()));
				return null;
			}
			if (endOfDay && text.equals("24:00")) {
				return LocalTime.MIDNIGHT;
			}
			try {
				return LocalTime.parse(text);
			}
			catch (DateTimeParseException e) {
				errors.add(new FieldError(field, "is not a valid time: " + text, List.of()));
				return null;
			}
		}
	}
}
