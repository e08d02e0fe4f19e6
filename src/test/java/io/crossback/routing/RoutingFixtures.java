package io.crossback.routing;

import io.crossback.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.crossback.cases.Actor;
import io.crossback.cases.ActorRole;
import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseTransitioned;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.cases.Reason;
import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.core.TenantId;

/** Agents, cases and a movable clock for routing's integration tests. */
final class RoutingFixtures {

	/** Thursday 2026-11-26 10:00 UTC: 13:00 in Istanbul, 11:00 in Berlin, 05:00 in New York. */
	static final Instant THURSDAY_10_UTC = Instant.parse("2026-11-26T10:00:00Z");

	private RoutingFixtures() {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfig {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(THURSDAY_10_UTC);
		}
	}

	static TenantId newTenant() {
		return TenantId.of("rt-" + UUID.randomUUID().toString().substring(0, 12));
	}

	static AgentBody agent(String name, String language, String team, int capacity, String zone, String... shift) {
		return new AgentBody(name, List.of(new AgentBody.LanguageBody(language, "native")), List.of("TR", "DE"),
				List.of("return", "damaged_in_transit", "logistics_pickup", "warehouse_inspection", "finance_payout"),
				List.of("portal", "email"), List.of(team), capacity, zone,
				shift.length == 0 ? List.of()
						: List.of(new AgentBody.ShiftBody(List.of("MON", "TUE", "WED", "THU", "FRI"), shift[0], shift[1])),
				Map.of());
	}

	static CaseSubmitted submitted(TenantId tenant, String language, boolean vip, Instant at) {
		return new CaseSubmitted(tenant, CaseId.random(), CaseType.RETURN, Reason.DAMAGED_IN_TRANSIT, Channel.PORTAL,
				"order-1", CountryCode.of("TR"), LanguageCode.of(language), vip, "Kutu ezik geldi", at);
	}

	static CaseTransitioned transitioned(CaseSubmitted submitted, CaseStatus from, CaseStatus to, CaseAction action,
			Map<String, String> data, Instant at) {
		return new CaseTransitioned(submitted.tenantId(), submitted.caseId(), submitted.type(), submitted.market(),
				from, to, action, new Actor(ActorRole.AGENT, "aylin"), data, at);
	}
}
