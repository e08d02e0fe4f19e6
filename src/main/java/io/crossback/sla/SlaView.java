package io.crossback.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.crossback.calendars.BusinessCalendar;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseViewContributor;
import io.crossback.core.TenantId;

/**
 * The case's {@code sla} section: its policy and each metric with target, calendar, due instant, status, and elapsed
 * and remaining business time (ISO 8601 durations). A paused metric has no due instant.
 */
@Component
class SlaView implements CaseViewContributor {

	private final ServiceLevels serviceLevels;

	private final Clock clock;

	SlaView(ServiceLevels serviceLevels, Clock clock) {
		this.serviceLevels = serviceLevels;
		this.clock = clock;
	}

	record Body(String policy, List<MetricBody> metrics) {
	}

	record MetricBody(String metric, String target, String calendarId, @Nullable String dueAt, String status,
			String elapsed, String remaining, boolean atRisk) {
	}

	@Override
	public String key() {
		return "sla";
	}

	@Override
	public Optional<Object> contribute(TenantId tenantId, CaseId caseId) {
		return view(tenantId, caseId).map(Object.class::cast);
	}

	Optional<Body> view(TenantId tenantId, CaseId caseId) {
		Instant now = clock.instant();
		Map<String, BusinessCalendar> calendars = new HashMap<>();
		return serviceLevels.snapshot(tenantId, caseId).map(snapshot -> new Body(snapshot.policy(),
				snapshot.metrics().stream().map(m -> {
					BusinessCalendar calendar = calendars.computeIfAbsent(m.calendarId(),
							id -> serviceLevels.calendar(tenantId, id));
					return new MetricBody(m.metric().wire(), m.target(), m.calendarId(),
							m.dueAt() == null || m.status() == MetricStatus.PAUSED ? null : m.dueAt().toString(),
							m.status().wire(), m.elapsedAt(now, calendar).toString(),
							m.remainingAt(now, calendar).toString(), m.atRisk());
				}).toList()));
	}
}
