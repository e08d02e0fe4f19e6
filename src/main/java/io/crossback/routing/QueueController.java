package io.crossback.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.cases.Actor;
import io.crossback.cases.ActorRole;
import io.crossback.cases.CaseId;
import io.crossback.core.InvalidInput;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;

/**
 * Team queues ({@code GET /api/v1/queues/{team}}), manual assignment ({@code POST /api/v1/cases/{id}/assign}) and a
 * case's assignment history ({@code GET /api/v1/cases/{id}/assignments}).
 */
@RestController
class QueueController {

	static final int MAX_QUEUE_PAGE = 500;

	private final WorkItems items;
	private final Dispatch dispatch;
	private final Assignments history;

	QueueController(WorkItems items, Dispatch dispatch, Assignments history) {
		this.items = items;
		this.dispatch = dispatch;
		this.history = history;
	}

	record QueueView(String team, int waiting, List<Waiting> items) {
	}

	record Waiting(UUID caseId, String kind, RoutingViews.PriorityView priority, Instant waitingSince,
			@Nullable String language, @Nullable String market) {
	}

	@GetMapping("/api/v1/queues/{team}")
	QueueView queue(TenantId tenantId, @PathVariable String team,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_QUEUE_PAGE) {
			throw InvalidInput.of("limit", "1 to " + MAX_QUEUE_PAGE);
		}
		List<Waiting> waiting = items.queue(tenantId, team, limit)
			.stream()
			.map(item -> new Waiting(item.caseId().value(), item.kind().wire(), RoutingViews.PriorityView.of(item.priority()),
					item.createdAt(), item.demand().language() == null ? null : item.demand().language().value(),
					item.demand().market() == null ? null : item.demand().market().value()))
			.toList();
		return new QueueView(team, items.countWaiting(tenantId, team), waiting);
	}

	record AssignBody(@Nullable String agentId, @Nullable String reason) {
	}

	record Assigned(UUID caseId, RoutingViews.Owner owner, String queue) {
	}

	@PostMapping("/api/v1/cases/{caseId}/assign")
	Assigned assign(TenantId tenantId, @PathVariable String caseId, @RequestBody AssignBody body) {
		CaseId id = parseCaseId(caseId);
		if (body.agentId() == null || !AgentId.isValid(body.agentId())) {
			throw InvalidInput.of("agentId", "required, an agent's id");
		}
		if (body.reason() == null || body.reason().isBlank() || body.reason().length() > 1000) {
			throw InvalidInput.of("reason", "required, at most 1000 characters");
		}
		WorkItem item = dispatch.assign(tenantId, id, new AgentId(body.agentId()), body.reason().strip(),
				new Actor(ActorRole.MERCHANT_API, tenantId.value()));
		return new Assigned(item.caseId().value(), new RoutingViews.Owner(item.agentId().value(), item.assignedAt()),
				item.team());
	}

	@GetMapping("/api/v1/cases/{caseId}/assignments")
	List<Assignments.Entry> assignments(TenantId tenantId, @PathVariable String caseId) {
		return history.ofCase(tenantId, parseCaseId(caseId));
	}

	private static CaseId parseCaseId(String caseId) {
		try {
			return CaseId.of(caseId);
		}
		catch (IllegalArgumentException e) {
			throw new NotFound("no case " + caseId);
		}
	}
}
