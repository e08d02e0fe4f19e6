package io.crossback.sla;

import java.time.Instant;
import java.util.List;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;

/** A metric used its at-risk share (75 % by default) of the allowed business time; published once per metric run. */
public record SlaAtRisk(TenantId tenantId, CaseId caseId, SlaMetric metric, String policy, Instant dueAt,
		List<EscalationAction> actions, Instant at) {
}
