package io.crossback.routing;

import static io.crossback.routing.Agents.instant;
import static io.crossback.routing.Agents.nullableInstant;
import static io.crossback.routing.Agents.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;
import io.crossback.routing.StoredJson.DemandJson;
import io.crossback.routing.StoredJson.SignalsJson;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Work items and the team queues they form. Queue order is priority score (highest first), then age, then id. An agent
 * looking for work reads the top of the queue unlocked, then locks the items it qualifies for one by one with
 * {@code for update skip locked}, re-checking they still wait: two routers never take the same item and never wait
 * for each other.
 */
@Repository("routing.workItems")
class WorkItems {

	private static final String COLUMNS = """
			id, case_id, kind, team, state, demand, signals, priority_score, priority_level, priority_reasons, agent_id,
			assigned_at, created_at, version""";

	private static final String QUEUE_ORDER = " order by priority_score desc, created_at, id";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	WorkItems(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores a new item unless the case already has one of this kind; returns the stored one either way. */
	WorkItem insertIfAbsent(TenantId tenant, WorkItem item) {
		// one round trip when the item is new (the usual case): the unique (tenant, case, kind) decides
		int inserted = jdbc.sql("insert into routing_work_item (tenant_id, " + COLUMNS + ", updated_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
				+ " on conflict do nothing")
			.params(tenant.value(), item.id(), item.caseId().value(), item.kind().wire(), item.team(),
					item.state().wire(), json.writeValueAsString(DemandJson.of(item.demand())),
					json.writeValueAsString(SignalsJson.of(item.signals())), item.priority().score(),
					item.priority().level().wire(), json.writeValueAsString(item.priority().reasons()),
					item.agentId() == null ? null : item.agentId().value(),
					item.assignedAt() == null ? null : ts(item.assignedAt()), ts(item.createdAt()), item.version(),
					ts(item.createdAt()))
			.update();
		return inserted == 1 ? item : find(tenant, item.caseId(), item.kind()).orElseThrow();
	}

	Optional<WorkItem> find(TenantId tenant, CaseId caseId, WorkKind kind) {
		return jdbc.sql("select " + COLUMNS + " from routing_work_item where tenant_id = ? and case_id = ? and kind = ?")
			.params(tenant.value(), caseId.value(), kind.wire())
			.query(this::map)
			.optional();
	}

	List<WorkItem> ofCase(TenantId tenant, CaseId caseId) {
		return jdbc.sql("select " + COLUMNS + " from routing_work_item where tenant_id = ? and case_id = ? order by created_at, kind")
			.params(tenant.value(), caseId.value())
			.query(this::map)
			.list();
	}

	/** Locks the item until the transaction ends (waiting for another router that holds it). */
	Optional<WorkItem> lock(TenantId tenant, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from routing_work_item where tenant_id = ? and id = ? for update")
			.params(tenant.value(), id)
			.query(this::map)
			.optional();
	}

	/**
	 * The best waiting items of these teams, unlocked: an agent's shortlist before locking one by one. One query per
	 * team, so each reads the top of the queue index instead of sorting the whole queue.
	 */
	List<WorkItem> topWaiting(TenantId tenant, Collection<String> teams, int limit) {
		List<WorkItem> top = new java.util.ArrayList<>();
		for (String team : teams) {
			top.addAll(jdbc.sql("select " + COLUMNS + " from routing_work_item"
					+ " where tenant_id = ? and team = ? and state = 'waiting'" + QUEUE_ORDER + " limit ?")
				.params(tenant.value(), team, limit)
				.query(this::map)
				.list());
		}
		if (teams.size() > 1) {
			top.sort(java.util.Comparator.comparingInt((WorkItem item) -> item.priority().score())
				.reversed()
				.thenComparing(WorkItem::createdAt)
				.thenComparing(WorkItem::id));
		}
		return top.size() > limit ? top.subList(0, limit) : top;
	}

	/**
	 * Locks the item if it is still waiting and no other transaction holds it ({@code for update skip locked});
	 * empty when another router has it or has assigned it.
	 */
	Optional<WorkItem> lockIfWaiting(TenantId tenant, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from routing_work_item"
				+ " where tenant_id = ? and id = ? and state = 'waiting' for update skip locked")
			.params(tenant.value(), id)
			.query(this::map)
			.optional();
	}

	/** A team's waiting items in the order agents will take them. */
	List<WorkItem> queue(TenantId tenant, String team, int limit) {
		return jdbc.sql("select " + COLUMNS + " from routing_work_item where tenant_id = ? and team = ? and state = 'waiting'"
				+ QUEUE_ORDER + " limit ?")
			.params(tenant.value(), team, limit)
			.query(this::map)
			.list();
	}

	int countWaiting(TenantId tenant, String team) {
		return jdbc.sql("select count(*) from routing_work_item where tenant_id = ? and team = ? and state = 'waiting'")
			.params(tenant.value(), team)
			.query(Integer.class)
			.single();
	}

	List<WorkItem> assignedTo(TenantId tenant, AgentId agent) {
		return jdbc.sql("select " + COLUMNS + " from routing_work_item where tenant_id = ? and agent_id = ? and state = 'assigned'"
				+ " order by created_at")
			.params(tenant.value(), agent.value())
			.query(this::map)
			.list();
	}

	/** The cases an agent owns and still works on, in queue order (priority, then age). */
	List<WorkItem> ownedCases(TenantId tenant, AgentId agent, int limit) {
		return jdbc.sql("select " + COLUMNS + " from routing_work_item"
				+ " where tenant_id = ? and agent_id = ? and state = 'assigned' and kind = 'case'" + QUEUE_ORDER
				+ " limit ?")
			.params(tenant.value(), agent.value(), limit)
			.query(this::map)
			.list();
	}

	void assign(TenantId tenant, UUID id, AgentId agent, Instant now) {
		jdbc.sql("""
				update routing_work_item set state = 'assigned', agent_id = ?, assigned_at = ?, updated_at = ?,
				                             version = version + 1
				where tenant_id = ? and id = ?""")
			.params(agent.value(), ts(now), ts(now), tenant.value(), id)
			.update();
	}

	void requeue(TenantId tenant, UUID id, Instant now) {
		jdbc.sql("""
				update routing_work_item set state = 'waiting', agent_id = null, assigned_at = null, updated_at = ?,
				                             version = version + 1
				where tenant_id = ? and id = ?""")
			.params(ts(now), tenant.value(), id)
			.update();
	}

	void complete(TenantId tenant, UUID id, Instant now) {
		jdbc.sql("update routing_work_item set state = 'done', updated_at = ?, version = version + 1 where tenant_id = ? and id = ?")
			.params(ts(now), tenant.value(), id)
			.update();
	}

	void reprioritise(TenantId tenant, UUID id, PrioritySignals signals, Priority priority, Instant now) {
		jdbc.sql("""
				update routing_work_item set signals = ?, priority_score = ?, priority_level = ?, priority_reasons = ?,
				                             updated_at = ?, version = version + 1
				where tenant_id = ? and id = ?""")
			.params(json.writeValueAsString(SignalsJson.of(signals)), priority.score(), priority.level().wire(),
					json.writeValueAsString(priority.reasons()), ts(now), tenant.value(), id)
			.update();
	}

	private WorkItem map(ResultSet rs, int row) throws SQLException {
		String agent = rs.getString("agent_id");
		return new WorkItem(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				WorkKind.valueOf(rs.getString("kind").toUpperCase()), rs.getString("team"),
				WorkState.valueOf(rs.getString("state").toUpperCase()),
				json.readValue(rs.getString("demand"), DemandJson.class).toDemand(),
				json.readValue(rs.getString("signals"), SignalsJson.class).toSignals(),
				new Priority(PriorityLevel.valueOf(rs.getString("priority_level").toUpperCase()),
						rs.getInt("priority_score"),
						json.readValue(rs.getString("priority_reasons"), new TypeReference<List<String>>() {
						})),
				agent == null ? null : new AgentId(agent), nullableInstant(rs, "assigned_at"),
				instant(rs, "created_at"), rs.getLong("version"));
	}
}
