package io.crossback.sla;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.core.Conflict;
import io.crossback.core.CountryCode;
import io.crossback.core.TenantId;
import io.crossback.core.TransactionMemo;
import tools.jackson.databind.json.JsonMapper;

/** Each tenant's ordered SLA policies; the defaults until the tenant saves its own (version 0). */
@Repository
class SlaPolicies {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	SlaPolicies(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	record Versioned(List<SlaPolicy> policies, long version) {
	}

	@Transactional(readOnly = true)
	Versioned of(TenantId tenant) {
		// read once per transaction: a case change looks its policy up for every clock it moves
		return TransactionMemo.get("sla.policies", tenant, () -> read(tenant));
	}

	private Versioned read(TenantId tenant) {
		return jdbc.sql("select document, version from sla_policy_set where tenant_id = ?")
			.param(tenant.value())
			.query((rs, row) -> new Versioned(
					json.readValue(rs.getString("document"), PolicyDocument.class).toPolicies(), rs.getLong("version")))
			.optional()
			.orElseGet(() -> new Versioned(DefaultPolicies.all(), 0));
	}

	/** The first policy matching a new case, if any. */
	Optional<SlaPolicy> match(TenantId tenant, CaseType type, CountryCode market, @Nullable Channel channel,
			@Nullable String tier) {
		return of(tenant).policies().stream().filter(p -> p.conditions().matches(type, market, channel, tier)).findFirst();
	}

	/** The policy of that name, or else the first matching the facts a running case still has. */
	Optional<SlaPolicy> named(TenantId tenant, String name, CaseType type, CountryCode market) {
		List<SlaPolicy> policies = of(tenant).policies();
		return policies.stream()
			.filter(p -> p.name().equals(name))
			.findFirst()
			.or(() -> policies.stream().filter(p -> p.conditions().matches(type, market, null, null)).findFirst());
	}

	/** Replaces the tenant's policies; with {@code expectedVersion} only if nobody changed them since. */
	@Transactional
	Versioned replace(TenantId tenant, List<SlaPolicy> policies, @Nullable Long expectedVersion) {
		TransactionMemo.forget("sla.policies", tenant);
		Long current = jdbc.sql("select version from sla_policy_set where tenant_id = ? for update")
			.param(tenant.value())
			.query(Long.class)
			.optional()
			.orElse(null);
		long stored = current == null ? 0 : current;
		if (expectedVersion != null && expectedVersion != stored) {
			throw new Conflict("stale-version",
					"SLA policies are at version %d, not %d".formatted(stored, expectedVersion));
		}
		long next = stored + 1;
		String document = json.writeValueAsString(PolicyDocument.of(policies, next));
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		if (current == null) {
			try {
				jdbc.sql("insert into sla_policy_set (tenant_id, document, version, updated_at) values (?, ?, ?, ?)")
					.params(tenant.value(), document, next, now)
					.update();
			}
			catch (DuplicateKeyException e) {
				throw new Conflict("stale-version", "SLA policies were saved concurrently");
			}
		}
		else {
			jdbc.sql("update sla_policy_set set document = ?, version = ?, updated_at = ? where tenant_id = ?")
				.params(document, next, now, tenant.value())
				.update();
		}
		return new Versioned(policies, next);
	}
}
