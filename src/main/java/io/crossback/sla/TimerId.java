package io.crossback.sla;

import io.crossback.cases.CaseId;
import io.crossback.core.WireValue;
import io.crossback.core.TenantId;

/**
 * Names one durable timer: the db-scheduler task instance id {@code tenant/case/metric/kind/generation}. A new
 * generation gets new timers, so a timer of an older one (the metric paused, resumed or restarted since) finds nothing
 * to do.
 */
record TimerId(TenantId tenantId, CaseId caseId, SlaMetric metric, Kind kind, int generation) {

	enum Kind {
		AT_RISK, BREACH
	}

	String instanceId() {
		return String.join("/", tenantId.value(), caseId.toString(), metric.wire(), kind.name().toLowerCase(),
				Integer.toString(generation));
	}

	static TimerId parse(String instanceId) {
		String[] parts = instanceId.split("/");
		if (parts.length != 5) {
			throw new IllegalArgumentException("not an SLA timer id: " + instanceId);
		}
		return new TimerId(TenantId.of(parts[0]), CaseId.of(parts[1]),
				WireValue.parse(SlaMetric.class, parts[2]).orElseThrow(), Kind.valueOf(parts[3].toUpperCase()),
				Integer.parseInt(parts[4]));
	}
}
