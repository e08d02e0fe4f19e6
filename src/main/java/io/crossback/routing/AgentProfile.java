package io.crossback.routing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.crossback.cases.Channel;
import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;

/**
 * What an agent can do and when: the facts routing matches work against. Teams are department or tenant-defined
 * names ({@code customer_service}, {@code logistics}, …); skills are free-form tags matched against a case's type,
 * reason and task kind. An agent without shifts is on shift whenever online.
 */
record AgentProfile(String name, Map<LanguageCode, LanguageLevel> languages, Set<CountryCode> markets,
		Set<String> skills, Set<Channel> channels, Set<String> teams, int capacity, ZoneId timeZone, List<Shift> shifts,
		Map<String, String> attributes) {

	AgentProfile {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(timeZone, "timeZone");
		if (capacity < 0) {
			throw new IllegalArgumentException("capacity must not be negative");
		}
		languages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(languages));
		markets = Set.copyOf(markets);
		skills = Set.copyOf(skills);
		channels = Set.copyOf(channels);
		teams = Set.copyOf(teams);
		shifts = List.copyOf(shifts);
		attributes = Map.copyOf(attributes);
	}

	boolean isOnShift(Instant now) {
		if (shifts.isEmpty()) {
			return true;
		}
		LocalDateTime local = LocalDateTime.ofInstant(now, timeZone);
		return shifts.stream().anyMatch(shift -> shift.covers(local));
	}
}
