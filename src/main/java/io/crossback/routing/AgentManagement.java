package io.crossback.routing;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.core.InvalidInput;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;

/**
 * Agents' profiles and status. Going online offers the agent waiting work at once; going offline hands their assigned
 * work back to routing; {@code away} keeps it (a break, not the end of a shift).
 */
@Service("routing.agentManagement")
class AgentManagement {

	private final Agents agents;
	private final Dispatch dispatch;
	private final Clock clock;

	AgentManagement(Agents agents, Dispatch dispatch, Clock clock) {
		this.agents = agents;
		this.dispatch = dispatch;
		this.clock = clock;
	}

	@Transactional
	public Agent create(TenantId tenant, @Nullable String requestedId, AgentBody body) {
		if (requestedId != null && !AgentId.isValid(requestedId)) {
			throw InvalidInput.of("id", "letters, digits, '.', '_', '@' and '-', up to 64 characters");
		}
		AgentProfile profile = body.toProfile();
		AgentId id = new AgentId(requestedId == null ? UUID.randomUUID().toString() : requestedId);
		agents.insert(tenant, id, profile, clock.instant());
		return agents.get(tenant, id);
	}

	@Transactional(readOnly = true)
	public Agent get(TenantId tenant, String id) {
		return agents.get(tenant, parse(id));
	}

	@Transactional(readOnly = true)
	public List<Agent> list(TenantId tenant) {
		return agents.list(tenant);
	}

	/** Replaces the profile if the version matches; a raised capacity or a new team may let them take work. */
	@Transactional
	public Agent update(TenantId tenant, String rawId, AgentBody body, long expectedVersion) {
		AgentId id = parse(rawId);
		AgentProfile profile = body.toProfile();
		agents.lock(tenant, id).orElseThrow(() -> new NotFound("no agent " + id));
		agents.update(tenant, id, profile, expectedVersion, clock.instant());
		dispatch.offer(tenant, id);
		return agents.get(tenant, id);
	}

	@Transactional
	public Agent setStatus(TenantId tenant, String rawId, AgentStatus status) {
		AgentId id = parse(rawId);
		Agent before = agents.lock(tenant, id).orElseThrow(() -> new NotFound("no agent " + id));
		if (before.status() != status) {
			agents.setStatus(tenant, id, status, clock.instant());
			if (status == AgentStatus.OFFLINE) {
				dispatch.reassignFrom(tenant, id, "agent went offline");
			}
		}
		if (status == AgentStatus.ONLINE) {
			dispatch.offer(tenant, id);
		}
		return agents.get(tenant, id);
	}

	private static AgentId parse(String id) {
		if (!AgentId.isValid(id)) {
			throw new NotFound("no agent " + id);
		}
		return new AgentId(id);
	}
}
