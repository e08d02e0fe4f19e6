package io.crossback.routing;

import static io.crossback.routing.Agents.instant;
import static io.crossback.routing.Agents.ts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;

/** The history of who got which work item, how (auto, manual, queued, released, requeued) and why. */
@Repository("routing.assignments")
class Assignments {

	private final JdbcClient jdbc;

	Assignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(TenantId tenant, WorkItem item, @Nullable AgentId agent, @Nullable AgentId previous, How how,
			String reason, String actor, Instant at) {
		jdbc.sql("""
				insert into routing_assignment (tenant_id, id, work_item_id, case_id, kind, agent_id, previous_agent,
				                                how, reason, actor, at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), UUID.randomUUID(), item.id(), item.caseId().value(), item.kind().wire(),
					agent == null ? null : agent.value(), previous == null ? null : previous.value(), how.wire(),
					reason.length() > 1000 ? reason.substring(0, 1000) : reason, actor, ts(at))
			.update();
	}

	List<Entry> ofCase(TenantId tenant, CaseId caseId) {
		return jdbc.sql("""
				select kind, agent_id, previous_agent, how, reason, actor, at from routing_assignment
				where tenant_id = ? and case_id = ? order by seq""")
			.params(tenant.value(), caseId.value())
			.query((rs, n) -> new Entry(rs.getString("kind"), rs.getString("agent_id"), rs.getString("previous_agent"),
					rs.getString("how"), rs.getString("reason"), rs.getString("actor"), instant(rs, "at")))
			.list();
	}

	enum How implements io.crossback.core.WireValue {
		QUEUED, AUTO, MANUAL, REQUEUED, DONE
	}

	record Entry(String kind, @Nullable String agentId, @Nullable String previousAgentId, String how, String reason,
			String actor, Instant at) {
	}
}
