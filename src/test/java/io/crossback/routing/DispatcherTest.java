package io.crossback.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.crossback.cases.Channel;
import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.routing.Dispatcher.Ineligible;

class DispatcherTest {

	/** A Thursday, 10:00 UTC: 13:00 in Istanbul, 05:00 in New York. */
	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	static final Shift OFFICE_HOURS = new Shift(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(17, 0));

	final Dispatcher dispatcher = new Dispatcher(Duration.ofHours(1));

	static final Demand TURKISH_RETURN = new Demand("customer_service", LanguageCode.of("tr"), CountryCode.of("TR"),
			Channel.PORTAL, Set.of("return", "damaged_in_transit"), Map.of());

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# what differs from an eligible agent                 | hard constraint failed
			-                                                     | -
			teams=logistics                                       | NOT_IN_TEAM
			status=AWAY                                           | NOT_ONLINE
			status=OFFLINE                                        | NOT_ONLINE
			load=8                                                | AT_CAPACITY
			capacity=0                                            | AT_CAPACITY
			languages=de                                          | LANGUAGE
			zone=America/New_York                                 | OFF_SHIFT
			zone=Asia/Tokyo                                       | OFF_SHIFT
			zone=Europe/Berlin                                    | -
			""")
	void enforcesHardConstraints(String change, Ineligible expected) {
		Candidate candidate = agent("a", change == null ? Map.of() : parse(change));

		assertThat(dispatcher.ineligibility(TURKISH_RETURN, candidate, NOW)).isEqualTo(java.util.Optional.ofNullable(expected));
		assertThat(dispatcher.choose(TURKISH_RETURN, List.of(candidate), NOW).isPresent()).isEqualTo(expected == null);
	}

	@ParameterizedTest(name = "customer asked {0}, agent has {1} -> eligible {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			-             | -             | true
			-             | gender=male   | true
			gender=female | gender=female | true
			gender=female | gender=FEMALE | true
			gender=female | gender=male   | false
			gender=female | -             | false
			""")
	void honoursRequestedAttributesOnlyWhenAsked(String asked, String has, boolean eligible) {
		Demand demand = new Demand("customer_service", null, null, null, Set.of(),
				asked == null ? Map.of() : Map.of(asked.split("=")[0], asked.split("=")[1]));
		Candidate candidate = agent("a", has == null ? Map.of() : Map.of("attributes", has));

		assertThat(dispatcher.ineligibility(demand, candidate, NOW).isEmpty()).isEqualTo(eligible);
	}

	@ParameterizedTest(name = "{0} beats {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# winner's difference                      | loser's difference
			skills=return,damaged_in_transit           | skills=return
			languages=tr:native                        | languages=tr:basic
			markets=TR                                 | markets=DE
			channels=portal                            | channels=email
			load=1                                     | load=6
			idle=PT50M                                 | idle=PT5M
			""")
	void scoresSkillLanguageMarketChannelLoadAndWaiting(String winnerChange, String loserChange) {
		Candidate winner = agent("zz-winner", parse(winnerChange));
		Candidate loser = agent("aa-loser", parse(loserChange));

		assertThat(dispatcher.rank(TURKISH_RETURN, List.of(loser, winner), NOW))
			.extracting(choice -> choice.agentId().value())
			.containsExactly("zz-winner", "aa-loser");
	}

	@Test
	void amongEqualsTheAgentAssignedLeastRecentlyWinsThenTheOneNeverAssigned() {
		var base = Map.of("idle", "PT2H");
		Candidate recently = agent("a", with(base, "assigned", "PT10M"));
		Candidate longAgo = agent("b", with(base, "assigned", "PT90M"));
		Candidate never = agent("c", base);

		assertThat(dispatcher.rank(TURKISH_RETURN, List.of(recently, longAgo, never), NOW))
			.extracting(choice -> choice.agentId().value())
			.containsExactly("c", "b", "a");
	}

	@Test
	void unknownLanguageConstrainsNobody() {
		Demand demand = new Demand("customer_service", null, null, null, Set.of(), Map.of());

		assertThat(dispatcher.choose(demand, List.of(agent("a", Map.of("languages", "de"))), NOW)).isPresent();
	}

	@Test
	void explainsTheChoice() {
		var choice = dispatcher.choose(TURKISH_RETURN, List.of(agent("a", Map.of("load", "2"))), NOW).orElseThrow();

		assertThat(choice.reasons()).containsExactly("skills 2/2", "language tr native", "market TR", "channel portal",
				"load 2/8");
		// 40 skills + 10 language + 10 market + 5 channel + 15 load (6/8 free of 20) + 15 waiting (idle past the cap)
		assertThat(choice.score()).isEqualTo(95.0);
	}

	@Test
	void nobodyEligibleMeansNoChoice() {
		assertThat(dispatcher.choose(TURKISH_RETURN, List.of(agent("a", Map.of("status", "OFFLINE")),
				agent("b", Map.of("languages", "en"))), NOW)).isEmpty();
	}

	static Map<String, String> parse(String change) {
		return Arrays.stream(change.split(";"))
			.map(kv -> kv.split("=", 2))
			.collect(Collectors.toMap(kv -> kv[0].trim(), kv -> kv[1].trim()));
	}

	static Map<String, String> with(Map<String, String> base, String key, String value) {
		var map = new HashMap<>(base);
		map.put(key, value);
		return map;
	}

	/**
	 * An agent eligible for {@link #TURKISH_RETURN} (native Turkish, TR market, both skills, portal, Istanbul office
	 * hours, 0 of 8, idle for two hours) unless {@code change} says otherwise.
	 */
	static Candidate agent(String id, Map<String, String> change) {
		Map<LanguageCode, LanguageLevel> languages = new LinkedHashMap<>();
		for (String lang : change.getOrDefault("languages", "tr:native").split(",")) {
			String[] parts = lang.split(":");
			languages.put(LanguageCode.of(parts[0]),
					parts.length > 1 ? LanguageLevel.valueOf(parts[1].toUpperCase()) : LanguageLevel.FLUENT);
		}
		Map<String, String> attributes = change.containsKey("attributes")
				? Map.of(change.get("attributes").split("=")[0], change.get("attributes").split("=")[1]) : Map.of();
		var profile = new AgentProfile("Agent " + id, languages,
				set(change.getOrDefault("markets", "TR")).stream().map(CountryCode::of).collect(Collectors.toSet()),
				set(change.getOrDefault("skills", "return,damaged_in_transit")),
				set(change.getOrDefault("channels", "portal")).stream()
					.map(c -> Channel.valueOf(c.toUpperCase()))
					.collect(Collectors.toSet()),
				set(change.getOrDefault("teams", "customer_service")),
				Integer.parseInt(change.getOrDefault("capacity", "8")),
				ZoneId.of(change.getOrDefault("zone", "Europe/Istanbul")), List.of(OFFICE_HOURS), attributes);
		Instant idleSince = NOW.minus(Duration.parse(change.getOrDefault("idle", "PT2H")));
		Instant lastAssigned = change.containsKey("assigned") ? NOW.minus(Duration.parse(change.get("assigned"))) : null;
		return new Candidate(new AgentId(id), profile, AgentStatus.valueOf(change.getOrDefault("status", "ONLINE")),
				Integer.parseInt(change.getOrDefault("load", "0")), idleSince, lastAssigned);
	}

	static Set<String> set(String csv) {
		return Set.of(csv.split(","));
	}
}
