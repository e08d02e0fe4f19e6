package io.crossback.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.crossback.core.Conflict;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agents of each tenant, their teams and their load rows. The load row is what routers lock: taking work is one
 * conditional update that succeeds only while the agent is online and below capacity, so concurrent routers never
 * exceed it; profile edits bump the agent's optimistic version and never touch the load row.
 */
@Repository("routing.agents")
class Agents {

	private static final String SELECT = """
			select a.id, a.profile, a.status, a.status_since, a.version, a.created_at, a.updated_at,
			       l.open_items, l.last_assigned_at
			from routing_agent a
			join routing_agent_load l on l.tenant_id = a.tenant_id and l.agent_id = a.id
			""";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Map<String, AgentProfile> parsed = new ConcurrentHashMap<>();

	Agents(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(TenantId tenant, AgentId id, AgentProfile profile, Instant now) {
		int exists = jdbc.sql("select count(*) from routing_agent where tenant_id = ? and id = ?")
			.params(tenant.value(), id.value())
			.query(Integer.class)
			.single();
		if (exists > 0) {
			throw new Conflict("agent-exists", "agent " + id + " already exists");
		}
		jdbc.sql("""
				insert into routing_agent (tenant_id, id, name, profile, capacity, status, status_since, version,
				                           created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""")
			.params(tenant.value(), id.value(), profile.name(), write(profile), profile.capacity(),
					AgentStatus.OFFLINE.wire(), ts(now), ts(now), ts(now))
			.update();
		jdbc.sql("insert into routing_agent_load (tenant_id, agent_id, open_items) values (?, ?, 0)")
			.params(tenant.value(), id.value())
			.update();
		insertTeams(tenant, id, profile.teams());
	}

	Optional<Agent> find(TenantId tenant, AgentId id) {
		return jdbc.sql(SELECT + " where a.tenant_id = ? and a.id = ?")
			.params(tenant.value(), id.value())
			.query((rs, n) -> map(tenant, rs))
			.optional();
	}

	Agent get(TenantId tenant, AgentId id) {
		return find(tenant, id).orElseThrow(() -> new NotFound("no agent " + id));
	}

	List<Agent> list(TenantId tenant) {
		return jdbc.sql(SELECT + " where a.tenant_id = ? order by a.name, a.id")
			.param(tenant.value())
			.query((rs, n) -> map(tenant, rs))
			.list();
	}

	/** Replaces the profile if {@code expectedVersion} is current; returns the new version. */
	long update(TenantId tenant, AgentId id, AgentProfile profile, long expectedVersion, Instant now) {
		int updated = jdbc.sql("""
				update routing_agent set name = ?, profile = ?, capacity = ?, version = version + 1, updated_at = ?
				where tenant_id = ? and id = ? and version = ?""")
			.params(profile.name(), write(profile), profile.capacity(), ts(now), tenant.value(), id.value(),
					expectedVersion)
			.update();
		if (updated == 0) {
			Agent current = get(tenant, id);
			throw new StaleAgent(id, expectedVersion, current.version());
		}
		jdbc.sql("delete from routing_agent_team where tenant_id = ? and agent_id = ?")
			.params(tenant.value(), id.value())
			.update();
		insertTeams(tenant, id, profile.teams());
		return expectedVersion + 1;
	}

	void setStatus(TenantId tenant, AgentId id, AgentStatus status, Instant now) {
		int updated = jdbc.sql("""
				update routing_agent set status = ?, status_since = ?, version = version + 1, updated_at = ?
				where tenant_id = ? and id = ?""")
			.params(status.wire(), ts(now), ts(now), tenant.value(), id.value())
			.update();
		if (updated == 0) {
			throw new NotFound("no agent " + id);
		}
	}

	/** Online agents of the team with room for more work, unlocked: the router's shortlist. */
	List<Candidate> candidates(TenantId tenant, String team) {
		return jdbc.sql(SELECT + """
				join routing_agent_team t on t.tenant_id = a.tenant_id and t.agent_id = a.id
				where a.tenant_id = ? and t.team = ? and a.status = 'online' and l.open_items < a.capacity""")
			.params(tenant.value(), team)
			.query((rs, n) -> map(tenant, rs).asCandidate())
			.list();
	}

	/** Online agents with room for more work in any team: whom the sweeper offers waiting work to. */
	List<AgentId> withRoom(TenantId tenant) {
		return jdbc.sql("""
				select a.id from routing_agent a
				join routing_agent_load l on l.tenant_id = a.tenant_id and l.agent_id = a.id
				where a.tenant_id = ? and a.status = 'online' and l.open_items < a.capacity
				order by l.last_assigned_at nulls first, a.id""")
			.param(tenant.value())
			.query((rs, n) -> new AgentId(rs.getString(1)))
			.list();
	}

	/** Locks the agent's load row until the transaction ends and returns the agent as of then. */
	Optional<Agent> lock(TenantId tenant, AgentId id) {
		var locked = jdbc.sql("select open_items from routing_agent_load where tenant_id = ? and agent_id = ? for update")
			.params(tenant.value(), id.value())
			.query(Integer.class)
			.optional();
		return locked.isEmpty() ? Optional.empty() : find(tenant, id);
	}

	/**
	 * Gives the agent one more open item if they are online and below capacity, atomically (the update takes the row
	 * lock and re-checks); false when they are not.
	 */
	boolean take(TenantId tenant, AgentId id, Instant now) {
		return jdbc.sql("""
				update routing_agent_load set open_items = open_items + 1, last_assigned_at = ?
				where tenant_id = ? and agent_id = ?
				  and open_items < (select a.capacity from routing_agent a
				                    where a.tenant_id = ? and a.id = ? and a.status = 'online')""")
			.params(ts(now), tenant.value(), id.value(), tenant.value(), id.value())
			.update() == 1;
	}

	/** Gives the agent one more open item regardless of status and shift (a supervisor's override), never past capacity. */
	boolean takeOverride(TenantId tenant, AgentId id, Instant now) {
		return jdbc.sql("""
				update routing_agent_load set open_items = open_items + 1, last_assigned_at = ?
				where tenant_id = ? and agent_id = ?
				  and open_items < (select a.capacity from routing_agent a where a.tenant_id = ? and a.id = ?)""")
			.params(ts(now), tenant.value(), id.value(), tenant.value(), id.value())
			.update() == 1;
	}

	void release(TenantId tenant, AgentId id) {
		jdbc.sql("update routing_agent_load set open_items = open_items - 1 where tenant_id = ? and agent_id = ? and open_items > 0")
			.params(tenant.value(), id.value())
			.update();
	}

	List<TenantId> tenantsWithOnlineAgents() {
		return jdbc.sql("select distinct tenant_id from routing_agent where status = 'online'")
			.query((rs, n) -> TenantId.of(rs.getString(1)))
			.list();
	}

	private void insertTeams(TenantId tenant, AgentId id, Set<String> teams) {
		for (String team : teams) {
			jdbc.sql("insert into routing_agent_team (tenant_id, team, agent_id) values (?, ?, ?)")
				.params(tenant.value(), team, id.value())
				.update();
		}
	}

	private Agent map(TenantId tenant, ResultSet rs) throws SQLException {
		AgentId id = new AgentId(rs.getString("id"));
		long version = rs.getLong("version");
		String key = tenant.value() + '/' + id.value() + '/' + version;
		String profileJson = rs.getString("profile");
		AgentProfile profile = parsed.computeIfAbsent(key, k -> read(profileJson));
		if (parsed.size() > 50_000) {
			parsed.clear();
		}
		return new Agent(id, profile, AgentStatus.valueOf(rs.getString("status").toUpperCase()),
				instant(rs, "status_since"), version, rs.getInt("open_items"), nullableInstant(rs, "last_assigned_at"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private String write(AgentProfile profile) {
		return json.writeValueAsString(AgentBody.of(profile));
	}

	private AgentProfile read(String profile) {
		return json.readValue(profile, AgentBody.class).toProfile();
	}

	static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
