package io.crossback.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.crossback.cases.CaseId;
import io.crossback.cases.CaseViewContributor;
import io.crossback.core.TenantId;
import io.crossback.core.TransactionMemo;

/**
 * Routing's sections of a case's JSON: {@code owner} ({@code {"agentId", "assignedAt"}}, null while queued),
 * {@code queue} (the team), {@code priority} ({@code {"level", "score", "reasons"}}) and {@code tasks} (department
 * tasks handed off from the case, so the owner sees them).
 */
@Configuration(proxyBeanMethods = false)
class RoutingViews {

	record Owner(String agentId, Instant assignedAt) {
	}

	record PriorityView(String level, int score, List<String> reasons) {

		static PriorityView of(Priority priority) {
			return new PriorityView(priority.level().wire(), priority.score(), priority.reasons());
		}
	}

	record Task(UUID id, String kind, String team, String state, @Nullable String agentId, @Nullable Instant assignedAt,
			PriorityView priority, Instant createdAt) {
	}

	/**
	 * The case's work items, read once per view: the four sections are built in one read-only transaction, which keeps
	 * the items it read for the others (one query instead of four).
	 */
	static List<WorkItem> itemsOf(WorkItems items, TenantId tenant, CaseId caseId) {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return items.ofCase(tenant, caseId); // a writing transaction may still change them
		}
		return TransactionMemo.get("routing.work-items", List.of(tenant, caseId), () -> items.ofCase(tenant, caseId));
	}

	private static Optional<WorkItem> caseItem(WorkItems items, TenantId tenant, CaseId caseId) {
		return itemsOf(items, tenant, caseId).stream().filter(item -> item.kind() == WorkKind.CASE).findFirst();
	}

	@Bean
	CaseViewContributor routingOwnerView(WorkItems items) {
		return contributor("owner", (tenant, caseId) -> caseItem(items, tenant, caseId)
			.filter(item -> item.agentId() != null && item.assignedAt() != null)
			.map(item -> new Owner(item.agentId().value(), item.assignedAt())));
	}

	@Bean
	CaseViewContributor routingQueueView(WorkItems items) {
		return contributor("queue", (tenant, caseId) -> caseItem(items, tenant, caseId).map(WorkItem::team));
	}

	@Bean
	CaseViewContributor routingPriorityView(WorkItems items) {
		return contributor("priority", (tenant, caseId) -> caseItem(items, tenant, caseId)
			.map(item -> PriorityView.of(item.priority())));
	}

	@Bean
	CaseViewContributor routingTasksView(WorkItems items) {
		return contributor("tasks", (tenant, caseId) -> Optional.of(itemsOf(items, tenant, caseId)
			.stream()
			.filter(item -> item.kind() != WorkKind.CASE)
			.map(item -> new Task(item.id(), item.kind().wire(), item.team(), item.state().wire(),
					item.agentId() == null ? null : item.agentId().value(), item.assignedAt(),
					PriorityView.of(item.priority()), item.createdAt()))
			.toList()));
	}

	private static CaseViewContributor contributor(String key, Section section) {
		return new CaseViewContributor() {

			@Override
			public String key() {
				return key;
			}

			@Override
			@SuppressWarnings("unchecked")
			public Optional<Object> contribute(TenantId tenantId, CaseId caseId) {
				return (Optional<Object>) section.of(tenantId, caseId);
			}
		};
	}

	@FunctionalInterface
	private interface Section {

		Optional<?> of(TenantId tenant, CaseId caseId);
	}
}
