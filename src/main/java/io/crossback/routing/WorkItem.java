package io.crossback.routing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.crossback.cases.CaseId;

/**
 * One piece of work on a case: its ownership ({@link WorkKind#CASE}) or a department task. Waiting items sit in their
 * team's queue in priority order; an assigned item counts against its agent's capacity until it is done. A done case
 * item keeps its agent: the owner stays the owner.
 */
record WorkItem(UUID id, CaseId caseId, WorkKind kind, String team, WorkState state, Demand demand,
		PrioritySignals signals, Priority priority, @Nullable AgentId agentId, @Nullable Instant assignedAt,
		Instant createdAt, long version) {

	WorkItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(team, "team");
		Objects.requireNonNull(state, "state");
	}

	static WorkItem waiting(CaseId caseId, WorkKind kind, Demand demand, PrioritySignals signals, Instant now) {
		return new WorkItem(UUID.randomUUID(), caseId, kind, demand.team(), WorkState.WAITING, demand, signals,
				Prioritizer.assess(signals, now), null, null, now, 1);
	}
}
