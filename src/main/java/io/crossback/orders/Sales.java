package io.crossback.orders;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.core.TenantId;

/** What a tenant sold, as denominators of return rates: orders per destination market, units per product category. */
@Service("orders.sales")
public class Sales {

	/** Orders by destination country and ordered units by category, largest first. */
	public record Summary(Map<String, Long> ordersByMarket, Map<String, Long> unitsByCategory) {
	}

	private final JdbcClient jdbc;

	Sales(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Summary of(TenantId tenant) {
		Map<String, Long> markets = new LinkedHashMap<>();
		jdbc.sql("""
				select destination_country as k, count(*) as n from customer_order where tenant_id = ?
				group by destination_country order by n desc, k""")
			.param(tenant.value())
			.query(rs -> {
				markets.put(rs.getString("k"), rs.getLong("n"));
			});
		Map<String, Long> categories = new LinkedHashMap<>();
		jdbc.sql("""
				select category as k, sum(quantity) as n from customer_order_line where tenant_id = ?
				group by category order by n desc, k""")
			.param(tenant.value())
			.query(rs -> {
				categories.put(rs.getString("k"), rs.getLong("n"));
			});
		return new Summary(markets, categories);
	}
}
