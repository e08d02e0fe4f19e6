package io.crossback.sla;

import java.time.Instant;
import java.util.List;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;

/** A metric passed its due instant without being achieved; published exactly once per metric. */
public record SlaBreached(TenantId tenantId, CaseId caseId, SlaMetric metric, String policy, Instant dueAt,
		List<EscalationAction> actions, Instant at) {
}
