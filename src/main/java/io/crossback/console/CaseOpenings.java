package io.crossback.console;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;

/** Which cases a console user has opened, so that their queue can show what is new to them first. */
@Component
class CaseOpenings {

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseOpenings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void opened(TenantId tenant, String username, CaseId caseId) {
		jdbc.sql("insert into console_case_opened (tenant_id, username, case_id, opened_at) values (?, ?, ?, ?)"
				+ " on conflict do nothing")
			.params(tenant.value(), username, caseId.value(), Timestamp.from(clock.instant()))
			.update();
	}

	/** The ones of {@code cases} the user has opened. */
	Set<CaseId> openedAmong(TenantId tenant, String username, Collection<CaseId> cases) {
		if (cases.isEmpty()) {
			return Set.of();
		}
		List<UUID> ids = cases.stream().map(CaseId::value).toList();
		Set<CaseId> opened = new HashSet<>();
		// one statement per page of the queue (at most a few hundred ids)
		jdbc.sql("select case_id from console_case_opened where tenant_id = :tenant and username = :user"
				+ " and case_id in (:ids)")
			.param("tenant", tenant.value())
			.param("user", username)
			.param("ids", ids)
			.query(UUID.class)
			.list()
			.forEach(id -> opened.add(new CaseId(id)));
		return opened;
	}
}
