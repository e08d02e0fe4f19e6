package io.crossback.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.crossback.cases.CaseId;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseType;
import io.crossback.core.WireValue;
import io.crossback.core.CountryCode;
import io.crossback.core.TenantId;

/** The SLA state of cases: which policy each case fell under, and its metrics. */
@Repository
class MetricTimers {

	private final JdbcClient jdbc;

	MetricTimers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the case's policy. */
	void insertCase(SlaCase slaCase) {
		jdbc.sql("""
					insert into sla_case (tenant_id, case_id, policy, case_type, market, status, submitted_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(slaCase.tenantId().value(), slaCase.caseId().value(), slaCase.policy(), slaCase.type().wire(),
						slaCase.market().value(), slaCase.status().wire(), utc(slaCase.submittedAt()))
				.update();
	}

	void updateStatus(TenantId tenant, CaseId caseId, CaseStatus status) {
		jdbc.sql("update sla_case set status = ? where tenant_id = ? and case_id = ?")
			.params(status.wire(), tenant.value(), caseId.value())
			.update();
	}

	/** The case, locked until the transaction ends so that its events and timers apply one at a time. */
	Optional<SlaCase> lockCase(TenantId tenant, CaseId caseId) {
		return jdbc.sql("select * from sla_case where tenant_id = ? and case_id = ? for update")
			.params(tenant.value(), caseId.value())
			.query((rs, row) -> slaCase(rs))
			.optional();
	}

	Optional<SlaCase> findCase(TenantId tenant, CaseId caseId) {
		return jdbc.sql("select * from sla_case where tenant_id = ? and case_id = ?")
			.params(tenant.value(), caseId.value())
			.query((rs, row) -> slaCase(rs))
			.optional();
	}

	List<MetricTimer> metrics(TenantId tenant, CaseId caseId) {
		return jdbc.sql("select * from sla_metric where tenant_id = ? and case_id = ? order by started_at, metric")
			.params(tenant.value(), caseId.value())
			.query((rs, row) -> timer(rs))
			.list();
	}

	/** Metrics of the tenant started from {@code from} (inclusive) until {@code to} (exclusive). */
	List<MetricTimer> startedBetween(TenantId tenant, Instant from, Instant to) {
		return jdbc.sql("select * from sla_metric where tenant_id = ? and started_at >= ? and started_at < ?")
			.params(tenant.value(), utc(from), utc(to))
			.query((rs, row) -> timer(rs))
			.list();
	}

	/** Inserts (version 0) or updates (if still at its version) the metric; answers it at its new version. */
	MetricTimer save(MetricTimer t) {
		long next = t.version() + 1;
		int rows;
		if (t.version() == 0) {
			rows = jdbc.sql("""
					insert into sla_metric (tenant_id, case_id, metric, policy, market, target, calendar_id, status,
					started_at, running_since, elapsed_ms, budget_ms, due_at, at_risk_at, at_risk, breached_at,
					finished_at, generation, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(t.tenantId().value(), t.caseId().value(), t.metric().wire(), t.policy(), t.market().value(),
						t.target(), t.calendarId(), t.status().wire(), utc(t.startedAt()), utc(t.runningSince()),
						t.elapsed().toMillis(), t.budget().toMillis(), utc(t.dueAt()), utc(t.atRiskAt()), t.atRisk(),
						utc(t.breachedAt()), utc(t.finishedAt()), t.generation(), next)
				.update();
		}
		else {
			rows = jdbc.sql("""
					update sla_metric set policy = ?, target = ?, calendar_id = ?, status = ?, started_at = ?,
					running_since = ?, elapsed_ms = ?, budget_ms = ?, due_at = ?, at_risk_at = ?, at_risk = ?,
					breached_at = ?, finished_at = ?, generation = ?, version = ?
					where tenant_id = ? and case_id = ? and metric = ? and version = ?""")
				.params(t.policy(), t.target(), t.calendarId(), t.status().wire(), utc(t.startedAt()),
						utc(t.runningSince()), t.elapsed().toMillis(), t.budget().toMillis(), utc(t.dueAt()),
						utc(t.atRiskAt()), t.atRisk(), utc(t.breachedAt()), utc(t.finishedAt()), t.generation(), next,
						t.tenantId().value(), t.caseId().value(), t.metric().wire(), t.version())
				.update();
		}
		if (rows != 1) {
			throw new OptimisticLockingFailureException(
					"SLA metric %s of case %s changed concurrently".formatted(t.metric().wire(), t.caseId().value()));
		}
		return new MetricTimer(t.tenantId(), t.caseId(), t.metric(), t.policy(), t.market(), t.target(),
				t.calendarId(), t.status(), t.startedAt(), t.runningSince(), t.elapsed(), t.budget(), t.dueAt(),
				t.atRiskAt(), t.atRisk(), t.breachedAt(), t.finishedAt(), t.generation(), next);
	}

	private static SlaCase slaCase(ResultSet rs) throws SQLException {
		return new SlaCase(TenantId.of(rs.getString("tenant_id")), new CaseId(rs.getObject("case_id", java.util.UUID.class)),
				rs.getString("policy"), WireValue.parse(CaseType.class, rs.getString("case_type")).orElseThrow(),
				CountryCode.of(rs.getString("market")),
				WireValue.parse(CaseStatus.class, rs.getString("status")).orElseThrow(), instant(rs, "submitted_at"));
	}

	private static MetricTimer timer(ResultSet rs) throws SQLException {
		return new MetricTimer(TenantId.of(rs.getString("tenant_id")),
				new CaseId(rs.getObject("case_id", java.util.UUID.class)),
				WireValue.parse(SlaMetric.class, rs.getString("metric")).orElseThrow(), rs.getString("policy"),
				CountryCode.of(rs.getString("market")), rs.getString("target"), rs.getString("calendar_id"),
				WireValue.parse(MetricStatus.class, rs.getString("status")).orElseThrow(), instant(rs, "started_at"),
				instant(rs, "running_since"), Duration.ofMillis(rs.getLong("elapsed_ms")),
				Duration.ofMillis(rs.getLong("budget_ms")), instant(rs, "due_at"), instant(rs, "at_risk_at"),
				rs.getBoolean("at_risk"), instant(rs, "breached_at"), instant(rs, "finished_at"), rs.getInt("generation"),
				rs.getLong("version"));
	}

	@SuppressWarnings("NullAway")
	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
