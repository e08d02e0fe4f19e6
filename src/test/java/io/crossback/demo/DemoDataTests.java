package io.crossback.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import io.crossback.ApiTestSupport;
import io.crossback.cases.CaseStatus;
import io.crossback.core.WireValue;
import io.crossback.tenancy.TenantBootstrapped;

@TestPropertySource(properties = "crossback.demo.enabled=true")
class DemoDataTests extends ApiTestSupport {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Test // #3
	void fillsABootstrappedTenantWithOrdersInManyMarketsAndCasesInEveryStatus() {
		events.publishEvent(new TenantBootstrapped(tenant));

		int orders = jdbc.sql("select count(*) from customer_order where tenant_id = ?").param(tenant.value())
			.query(Integer.class).single();
		int markets = jdbc.sql("select count(distinct destination_country) from customer_order where tenant_id = ?")
			.param(tenant.value()).query(Integer.class).single();
		int languages = jdbc.sql("select count(distinct customer_language) from customer_order where tenant_id = ?")
			.param(tenant.value()).query(Integer.class).single();
		Set<String> statuses = new HashSet<>(jdbc.sql("select distinct status from after_sales_case where tenant_id = ?")
			.param(tenant.value()).query(String.class).list());

		assertThat(orders).isGreaterThanOrEqualTo(200);
		assertThat(markets).isGreaterThanOrEqualTo(10);
		assertThat(languages).isGreaterThanOrEqualTo(8);
		assertThat(statuses).containsExactlyInAnyOrderElementsOf(WireValue.allowed(CaseStatus.class));
	}
}
