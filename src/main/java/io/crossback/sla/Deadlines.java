package io.crossback.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;

/** A case's SLA deadlines for the pages that show them: the console's queues and the customer's tracking page. */
@Component
public class Deadlines {

	/** A case's next deadline: {@code metric} (e.g. {@code first_response}) due at {@code dueAt}, or breached. */
	public record Deadline(String metric, @Nullable Instant dueAt, boolean breached) {
	}

	private final ServiceLevels serviceLevels;

	Deadlines(ServiceLevels serviceLevels) {
		this.serviceLevels = serviceLevels;
	}

	/** The first breached metric, else the running one due first; empty for a case without running clocks. */
	public Optional<Deadline> next(TenantId tenant, CaseId caseId) {
		Deadline next = null;
		for (MetricTimer m : metrics(tenant, caseId)) {
			if (m.status() == MetricStatus.BREACHED) {
				return Optional.of(new Deadline(m.metric().wire(), null, true));
			}
			if (m.status() == MetricStatus.ACTIVE && m.dueAt() != null
					&& (next == null || m.dueAt().isBefore(next.dueAt()))) {
				next = new Deadline(m.metric().wire(), m.dueAt(), false);
			}
		}
		return Optional.ofNullable(next);
	}

	/** The earliest due instant among the running metrics: what the customer is promised next. */
	public Optional<Instant> earliestDue(TenantId tenant, CaseId caseId) {
		return metrics(tenant, caseId).stream()
			.filter(m -> m.status() == MetricStatus.ACTIVE && m.dueAt() != null)
			.map(MetricTimer::dueAt)
			.min(Instant::compareTo);
	}

	private List<MetricTimer> metrics(TenantId tenant, CaseId caseId) {
		return serviceLevels.snapshot(tenant, caseId).map(ServiceLevels.Snapshot::metrics).orElse(List.of());
	}
}
