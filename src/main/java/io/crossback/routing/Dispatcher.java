package io.crossback.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Chooses who takes a piece of work. First the hard constraints, each a named {@link Ineligible} reason: the agent
 * must be in the work's team, online, on shift in their own time zone, below capacity, speak the customer's language
 * and match every attribute the customer asked for. The eligible agents are then scored out of 100:
 * <ul>
 * <li>skill fit, 40: the share of the work's skill tags the agent has (all 40 when the work names none);
 * <li>language, 10: by level ({@code native} 10 … {@code basic} 2; 10 when the language is unknown);
 * <li>market, 10, and channel, 5: the agent knows the customer's market / works the channel;
 * <li>load, 20: the free share of the agent's capacity;
 * <li>waiting, 15: how long the agent has been without new work, saturating at {@code idleCap}.
 * </ul>
 * Equal scores go to the agent assigned least recently (never assigned first), then fewer open items, then id:
 * fairness among equals, and a deterministic order for tests.
 */
final class Dispatcher {

	static final Duration DEFAULT_IDLE_CAP = Duration.ofHours(1);

	private final Duration idleCap;

	Dispatcher(Duration idleCap) {
		if (idleCap.isNegative() || idleCap.isZero()) {
			throw new IllegalArgumentException("idleCap must be positive");
		}
		this.idleCap = idleCap;
	}

	/** The best eligible agent, if any. */
	Optional<Choice> choose(Demand demand, List<Candidate> candidates, Instant now) {
		return rank(demand, candidates, now).stream().findFirst();
	}

	/** All eligible agents, best first; a router falls back along this list when a better one just filled up. */
	List<Choice> rank(Demand demand, List<Candidate> candidates, Instant now) {
		List<Choice> eligible = new ArrayList<>();
		for (Candidate candidate : candidates) {
			if (ineligibility(demand, candidate, now).isEmpty()) {
				eligible.add(score(demand, candidate, now));
			}
		}
		eligible.sort(ORDER);
		return eligible;
	}

	/** Why the agent may not take this work, or empty when they may. */
	Optional<Ineligible> ineligibility(Demand demand, Candidate candidate, Instant now) {
		AgentProfile profile = candidate.profile();
		if (!profile.teams().contains(demand.team())) {
			return Optional.of(Ineligible.NOT_IN_TEAM);
		}
		if (candidate.status() != AgentStatus.ONLINE) {
			return Optional.of(Ineligible.NOT_ONLINE);
		}
		if (candidate.load() >= profile.capacity()) {
			return Optional.of(Ineligible.AT_CAPACITY);
		}
		if (demand.language() != null && !profile.languages().containsKey(demand.language())) {
			return Optional.of(Ineligible.LANGUAGE);
		}
		for (Map.Entry<String, String> wanted : demand.requestedAttributes().entrySet()) {
			if (!wanted.getValue().equalsIgnoreCase(profile.attributes().getOrDefault(wanted.getKey(), ""))) {
				return Optional.of(Ineligible.REQUESTED_ATTRIBUTE);
			}
		}
		if (!profile.isOnShift(now)) {
			return Optional.of(Ineligible.OFF_SHIFT);
		}
		return Optional.empty();
	}

	private Choice score(Demand demand, Candidate candidate, Instant now) {
		AgentProfile profile = candidate.profile();
		List<String> reasons = new ArrayList<>(5);
		double score = 0;

		double skill;
		if (demand.skillTags().isEmpty()) {
			skill = 40;
		}
		else {
			long matched = demand.skillTags().stream().filter(profile.skills()::contains).count();
			skill = 40.0 * matched / demand.skillTags().size();
			reasons.add("skills %d/%d".formatted(matched, demand.skillTags().size()));
		}
		score += skill;

		if (demand.language() == null) {
			score += 10;
		}
		else {
			LanguageLevel level = profile.languages().get(demand.language());
			score += level.points();
			reasons.add("language %s %s".formatted(demand.language(), level.wire()));
		}
		if (demand.market() != null && profile.markets().contains(demand.market())) {
			score += 10;
			reasons.add("market " + demand.market());
		}
		if (demand.channel() != null && profile.channels().contains(demand.channel())) {
			score += 5;
			reasons.add("channel " + demand.channel().wire());
		}

		int capacity = profile.capacity();
		score += 20.0 * (capacity - candidate.load()) / capacity;
		reasons.add("load %d/%d".formatted(candidate.load(), capacity));

		if (candidate.idleSince() != null) {
			long idle = Math.max(0, Duration.between(candidate.idleSince(), now).toMillis());
			score += 15.0 * Math.min(idle, idleCap.toMillis()) / idleCap.toMillis();
		}
		else {
			score += 15;
		}
		return new Choice(candidate.id(), score, candidate.lastAssignedAt(), candidate.load(), List.copyOf(reasons));
	}

	private static final Comparator<Choice> ORDER = Comparator.comparingDouble(Choice::score)
		.reversed()
		.thenComparing(Choice::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparingInt(Choice::load)
		.thenComparing(choice -> choice.agentId().value());

	/** An eligible agent with their score and what earned it. */
	record Choice(AgentId agentId, double score, @Nullable Instant lastAssignedAt,
			int load, List<String> reasons) {
	}

	/** A hard constraint an agent fails. */
	enum Ineligible {
		NOT_IN_TEAM, NOT_ONLINE, AT_CAPACITY, LANGUAGE, REQUESTED_ATTRIBUTE, OFF_SHIFT
	}
}
