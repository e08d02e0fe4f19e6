package io.crossback.routing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An agent as stored: profile, status, optimistic version, and how much open work they hold right now. */
record Agent(AgentId id, AgentProfile profile, AgentStatus status, Instant statusSince, long version, int openItems,
		@Nullable Instant lastAssignedAt, Instant createdAt, Instant updatedAt) {

	/** Since when the agent has had no new work: the later of their last assignment and their last status change. */
	Instant idleSince() {
		return lastAssignedAt == null || lastAssignedAt.isBefore(statusSince) ? statusSince : lastAssignedAt;
	}

	Candidate asCandidate() {
		return new Candidate(id, profile, status, openItems, idleSince(), lastAssignedAt);
	}
}
