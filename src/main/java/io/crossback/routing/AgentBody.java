package io.crossback.routing;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.crossback.cases.Channel;
import io.crossback.core.WireValue;
import io.crossback.core.CountryCode;
import io.crossback.core.InvalidInput;
import io.crossback.core.InvalidInput.FieldError;
import io.crossback.core.LanguageCode;

/**
 * An agent's profile as the API reads and writes it, and as {@code routing_agent.profile} stores it. Validation
 * collects every offending field before failing, so one 400 names them all.
 */
record AgentBody(@Nullable String name, @Nullable List<LanguageBody> languages, @Nullable List<String> markets,
		@Nullable List<String> skills, @Nullable List<String> channels, @Nullable List<String> teams,
		@Nullable Integer capacity, @Nullable String timeZone, @Nullable List<ShiftBody> shifts,
		@Nullable Map<String, String> attributes) {

	static final int MAX_CAPACITY = 500;

	private static final List<String> DAYS = Arrays.stream(DayOfWeek.values())
		.map(day -> day.name().substring(0, 3))
		.toList();

	record LanguageBody(@Nullable String code, @Nullable String level) {
	}

	record ShiftBody(@Nullable List<String> days, @Nullable String from, @Nullable String to) {
	}

	static AgentBody of(AgentProfile profile) {
		return new AgentBody(profile.name(),
				profile.languages()
					.entrySet()
					.stream()
					.map(e -> new LanguageBody(e.getKey().value(), e.getValue().wire()))
					.toList(),
				profile.markets().stream().map(CountryCode::value).sorted().toList(),
				profile.skills().stream().sorted().toList(),
				profile.channels().stream().sorted().map(Channel::wire).toList(), profile.teams().stream().sorted().toList(),
				profile.capacity(), profile.timeZone().getId(),
				profile.shifts()
					.stream()
					.map(s -> new ShiftBody(s.days().stream().sorted().map(d -> d.name().substring(0, 3)).toList(),
							s.from().toString(), s.to().toString()))
					.toList(),
				new java.util.TreeMap<>(profile.attributes()));
	}

	AgentProfile toProfile() {
		List<FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.length() > 200) {
			errors.add(error("name", "required, at most 200 characters"));
		}

		Map<LanguageCode, LanguageLevel> languageLevels = new LinkedHashMap<>();
		List<LanguageBody> languageList = languages == null ? List.of() : languages;
		for (int i = 0; i < languageList.size(); i++) {
			LanguageBody language = languageList.get(i);
			if (language == null || !LanguageCode.isValid(language.code())) {
				errors.add(error("languages[%d].code".formatted(i), "not an ISO 639-1 language code"));
				continue;
			}
			var level = language.level() == null ? java.util.Optional.of(LanguageLevel.FLUENT)
					: WireValue.parse(LanguageLevel.class, language.level());
			if (level.isEmpty()) {
				errors.add(new FieldError("languages[%d].level".formatted(i), "'" + language.level() + "' is not a level",
						WireValue.allowed(LanguageLevel.class)));
				continue;
			}
			languageLevels.put(LanguageCode.of(language.code()), level.get());
		}

		Set<CountryCode> marketSet = new LinkedHashSet<>();
		List<String> marketList = markets == null ? List.of() : markets;
		for (int i = 0; i < marketList.size(); i++) {
			if (CountryCode.isValid(marketList.get(i))) {
				marketSet.add(CountryCode.of(marketList.get(i)));
			}
			else {
				errors.add(error("markets[%d]".formatted(i), "not an ISO 3166-1 alpha-2 country code"));
			}
		}

		Set<String> skillSet = tags("skills", skills, errors);
		Set<String> teamSet = tags("teams", teams, errors);
		if (teamSet.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("teams"))) {
			errors.add(error("teams", "at least one team"));
		}

		Set<Channel> channelSet = EnumSet.noneOf(Channel.class);
		List<String> channelList = channels == null ? List.of() : channels;
		for (int i = 0; i < channelList.size(); i++) {
			var channel = WireValue.parse(Channel.class, channelList.get(i));
			if (channel.isPresent()) {
				channelSet.add(channel.get());
			}
			else {
				errors.add(new FieldError("channels[%d]".formatted(i), "'" + channelList.get(i) + "' is not a channel",
						WireValue.allowed(Channel.class)));
			}
		}

		if (capacity == null || capacity < 0 || capacity > MAX_CAPACITY) {
			errors.add(error("capacity", "required, 0 to " + MAX_CAPACITY));
		}

		ZoneId zone = null;
		try {
			zone = timeZone == null ? null : ZoneId.of(timeZone);
		}
		catch (DateTimeException e) {
			// reported below
		}
		if (zone == null) {
			errors.add(error("timeZone", "required, an IANA time zone such as Europe/Istanbul"));
		}

		List<Shift> shiftList = new ArrayList<>();
		List<ShiftBody> shiftBodies = shifts == null ? List.of() : shifts;
		for (int i = 0; i < shiftBodies.size(); i++) {
			Shift shift = shift(i, shiftBodies.get(i), errors);
			if (shift != null) {
				shiftList.add(shift);
			}
		}

		Map<String, String> attributeMap = attributes == null ? Map.of() : attributes;
		for (var attribute : attributeMap.entrySet()) {
			if (attribute.getKey().isBlank() || attribute.getKey().length() > 64 || attribute.getValue() == null
					|| attribute.getValue().length() > 200) {
				errors.add(error("attributes." + attribute.getKey(), "keys up to 64, values up to 200 characters"));
			}
		}

		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new AgentProfile(name.strip(), languageLevels, marketSet, skillSet, channelSet, teamSet, capacity, zone,
				shiftList, attributeMap);
	}

	private static @Nullable Shift shift(int i, @Nullable ShiftBody body, List<FieldError> errors) {
		String field = "shifts[%d]".formatted(i);
		if (body == null) {
			errors.add(error(field, "required"));
			return null;
		}
		Set<DayOfWeek> daySet = EnumSet.noneOf(DayOfWeek.class);
		List<String> dayList = body.days() == null ? List.of() : body.days();
		for (int d = 0; d < dayList.size(); d++) {
			String day = dayList.get(d) == null ? "" : dayList.get(d).toUpperCase(Locale.ROOT);
			int index = DAYS.indexOf(day);
			if (index < 0) {
				errors.add(new FieldError(field + ".days[%d]".formatted(d), "'" + dayList.get(d) + "' is not a day", DAYS));
			}
			else {
				daySet.add(DayOfWeek.of(index + 1));
			}
		}
		if (dayList.isEmpty()) {
			errors.add(error(field + ".days", "at least one day"));
		}
		LocalTime from = time(field + ".from", body.from(), errors);
		LocalTime to = time(field + ".to", body.to(), errors);
		if (from != null && to != null && from.equals(to)) {
			errors.add(error(field + ".to", "must differ from 'from'"));
			return null;
		}
		boolean badDay = dayList.stream()
			.anyMatch(day -> day == null || !DAYS.contains(day.toUpperCase(Locale.ROOT)));
		return daySet.isEmpty() || badDay || from == null || to == null ? null : new Shift(daySet, from, to);
	}

	private static @Nullable LocalTime time(String field, @Nullable String value, List<FieldError> errors) {
		try {
			if (value != null) {
				return LocalTime.parse(value);
			}
		}
		catch (DateTimeParseException e) {
			// reported below
		}
		errors.add(error(field, "required, HH:mm"));
		return null;
	}

	private static Set<String> tags(String field, @Nullable List<String> values, List<FieldError> errors) {
		Set<String> set = new LinkedHashSet<>();
		List<String> list = values == null ? List.of() : values;
		for (int i = 0; i < list.size(); i++) {
			String value = list.get(i);
			if (value == null || !value.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
				errors.add(error("%s[%d]".formatted(field, i), "lower-case letters, digits, '_' and '-', up to 64"));
			}
			else {
				set.add(value);
			}
		}
		return set;
	}

	private static FieldError error(String field, String message) {
		return new FieldError(field, message, List.of());
	}
}
