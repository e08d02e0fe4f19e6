package io.crossback.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An agent as the API shows it: the profile plus status, current load, whether on shift now, and the version. */
record AgentView(String id, String name, List<AgentBody.LanguageBody> languages, List<String> markets,
		List<String> skills, List<String> channels, List<String> teams, int capacity, String timeZone,
		List<AgentBody.ShiftBody> shifts, Map<String, String> attributes, String status, Instant statusSince,
		boolean onShift, int openItems, @Nullable Instant lastAssignedAt, long version, Instant createdAt,
		Instant updatedAt) {

	static AgentView of(Agent agent, Instant now) {
		AgentBody body = AgentBody.of(agent.profile());
		return new AgentView(agent.id().value(), body.name(), body.languages(), body.markets(), body.skills(),
				body.channels(), body.teams(), agent.profile().capacity(), body.timeZone(), body.shifts(),
				body.attributes(), agent.status().wire(), agent.statusSince(), agent.profile().isOnShift(now),
				agent.openItems(), agent.lastAssignedAt(), agent.version(), agent.createdAt(), agent.updatedAt());
	}
}
