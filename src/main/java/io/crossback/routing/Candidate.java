package io.crossback.routing;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An agent as routing sees them at one moment: profile, status, how much open work they hold, and since when they
 * have been waiting for work ({@code idleSince}: the later of their last assignment and coming online).
 */
record Candidate(AgentId id, AgentProfile profile, AgentStatus status, int load, @Nullable Instant idleSince,
		@Nullable Instant lastAssignedAt) {

	Candidate {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(profile, "profile");
		Objects.requireNonNull(status, "status");
	}
}
