package io.crossback.sla;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.crossback.cases.Actor;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseManagement;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;
import io.crossback.core.WireValue;

/**
 * Writes each escalation on the case's timeline ({@code sla_at_risk}, {@code sla_breached}) with the metric, due
 * instant and the actions the policy asks for. Runs after the timer's commit from the outbox, so a crash between the
 * two loses nothing.
 */
@Component
class EscalationTimeline {

	private static final Logger log = LoggerFactory.getLogger(EscalationTimeline.class);

	private final CaseManagement cases;

	EscalationTimeline(CaseManagement cases) {
		this.cases = cases;
	}

	@ApplicationModuleListener(id = "sla.escalation-timeline-at-risk")
	void on(SlaAtRisk event) {
		append(event.tenantId(), event.caseId(), "sla_at_risk", event.metric(), event.policy(), event.dueAt().toString(),
				event.actions());
	}

	@ApplicationModuleListener(id = "sla.escalation-timeline-breached")
	void on(SlaBreached event) {
		append(event.tenantId(), event.caseId(), "sla_breached", event.metric(), event.policy(),
				event.dueAt().toString(), event.actions());
	}

	private void append(TenantId tenant, CaseId caseId, String kind, SlaMetric metric, String policy, String dueAt,
			List<EscalationAction> actions) {
		Map<String, String> data = new LinkedHashMap<>();
		data.put("metric", metric.wire());
		data.put("policy", policy);
		data.put("dueAt", dueAt);
		data.put("actions", actions.stream().map(WireValue::wire).collect(Collectors.joining(",")));
		String note = (kind.equals("sla_breached") ? "SLA breached: " : "SLA at risk: ") + metric.wire() + " due "
				+ dueAt + (actions.isEmpty() ? "" : "; escalation: " + data.get("actions"));
		try {
			cases.find(tenant, caseId);
		}
		catch (NotFound e) {
			log.debug("Case {} of {} is gone; escalation not written on a timeline", caseId, tenant);
			return;
		}
		cases.appendTimeline(tenant, caseId, kind, Actor.SYSTEM, data, note);
	}
}
