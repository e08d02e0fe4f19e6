package io.crossback.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;

/**
 * Read-only view of routing's queues for other modules (the agent console): the cases an agent owns and a team's
 * waiting cases, each in routing's priority order (score, highest first, then oldest first), with the score's level
 * and reasons. An agent's id is the tenant's own user id, so the console's username is the agent's id.
 */
@Service("routing.queues")
public class Queues {

	/** Largest page a caller may ask for. */
	public static final int MAX_PAGE = 500;

	private final WorkItems items;

	private final Agents agents;

	Queues(WorkItems items, Agents agents) {
		this.items = items;
		this.agents = agents;
	}

	/**
	 * A case in a queue.
	 *
	 * @param level {@code low}, {@code normal}, {@code high} or {@code urgent}
	 * @param score 0-100, higher first
	 * @param reasons what moved the score, in words a supervisor reads
	 * @param agentId the owner, null while the case waits in its team's queue
	 * @param waitingSince when routing opened the case's work item
	 */
	public record QueuedCase(CaseId caseId, String team, String level, int score, List<String> reasons,
			@Nullable String agentId, Instant waitingSince) {

		static QueuedCase of(WorkItem item) {
			return new QueuedCase(item.caseId(), item.team(), item.priority().level().wire(), item.priority().score(),
					item.priority().reasons(), item.agentId() == null ? null : item.agentId().value(),
					item.createdAt());
		}
	}

	/** The open cases this agent owns, highest priority first; empty for an unknown agent. */
	@Transactional(readOnly = true)
	public List<QueuedCase> ownedBy(TenantId tenant, String agentId, int limit) {
		if (!AgentId.isValid(agentId)) {
			return List.of();
		}
		return items.ownedCases(tenant, new AgentId(agentId), page(limit)).stream().map(QueuedCase::of).toList();
	}

	/** The cases waiting in a team's queue for an agent, in the order agents will take them. */
	@Transactional(readOnly = true)
	public List<QueuedCase> waiting(TenantId tenant, String team, int limit) {
		return items.queue(tenant, team, page(limit))
			.stream()
			.filter(item -> item.kind() == WorkKind.CASE)
			.map(QueuedCase::of)
			.toList();
	}

	/** The case's own work item (its ownership), if routing knows the case. */
	@Transactional(readOnly = true)
	public Optional<QueuedCase> ofCase(TenantId tenant, CaseId caseId) {
		return items.find(tenant, caseId, WorkKind.CASE).map(QueuedCase::of);
	}

	/** The teams the agent works in; empty for an unknown agent. */
	@Transactional(readOnly = true)
	public Set<String> teamsOf(TenantId tenant, String agentId) {
		if (!AgentId.isValid(agentId)) {
			return Set.of();
		}
		return agents.find(tenant, new AgentId(agentId)).map(agent -> agent.profile().teams()).orElse(Set.of());
	}

	private static int page(int limit) {
		if (limit < 1 || limit > MAX_PAGE) {
			throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE + ": " + limit);
		}
		return limit;
	}
}
