package io.crossback.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.crossback.ApiTestSupport;

class OrderApiTests extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test // #3
	void storesAnOrderAndReadsItBack() {
		putOrder("SO-100");
		var order = get("/api/v1/orders/SO-100").body();
		assertThat(order.get("customer").get("email").asString()).isEqualTo("anna@example.de");
		assertThat(order.get("lines").get(0).get("unitPrice").asString()).isEqualTo("59.90");
		assertThat(order.get("deliveredAt").asString()).isEqualTo("2026-11-06T14:00:00Z");
	}

	@Test // #3
	void keepsTheCustomersNameAndEmailEncrypted() {
		putOrder("SO-101");
		Map<String, Object> row = jdbc.sql("select * from customer_order where tenant_id = ? and order_id = ?")
			.params(tenant.value(), "SO-101")
			.query()
			.singleRow();
		assertThat(row.toString()).doesNotContain("anna@example.de").doesNotContain("Anna Schmidt");
	}

	@Test // #3
	void erasesACustomersNameEmailAndMessagesOnRequest() {
		putOrder("SO-105");
		post("/api/v1/cases", java.util.Map.of("orderId", "SO-105", "type", "return", "reason", "size_fit", "lines",
				java.util.List.of(java.util.Map.of("lineId", "1", "quantity", 1)), "message", "Ich bin Anna, Tel. 0171"),
				"Idempotency-Key", "k");

		var r = send("DELETE", "/api/v1/customers/C-77/personal-data", null, Map.of());

		assertThat(r.status()).isEqualTo(200);
		var order = get("/api/v1/orders/SO-105").body().get("customer");
		assertThat(order.get("email").isNull()).isTrue();
		assertThat(order.get("name").isNull()).isTrue();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.sql("select text from case_message where tenant_id = ?")
				.param(tenant.value())
				.query(String.class)
				.list()).containsOnly("[erased]"));
	}

	@Test // #3
	void replacesAnOrderOnTheSecondPut() {
		putOrder("SO-102");
		putOrder("SO-102");
		var r = get("/api/v1/orders/SO-102");
		assertThat(r.body().get("version").asLong()).isEqualTo(2);
		assertThat(r.header("ETag")).isEqualTo("\"2\"");
	}

	@Test // #3
	void namesEachBadField() {
		var r = put("/api/v1/orders/SO-103", json.readTree("""
				{"customer": {"id": "C-1", "email": "nope", "language": "xx", "country": "DE"},
				 "destinationCountry": "ZZ", "currency": "EURO", "placedAt": "yesterday", "paymentMethod": "gold",
				 "lines": [{"lineId": "1", "sku": "A", "name": "A", "quantity": 0, "unitPrice": "1.001",
				            "itemKind": "weird"}]}"""));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
			.contains("customer.email", "customer.language", "destinationCountry", "currency", "placedAt",
					"paymentMethod", "lines[0].quantity", "lines[0].itemKind");
		assertThat(get("/api/v1/orders/SO-103").status()).isEqualTo(404);
	}

	@Test // #3
	void refusesMoreDecimalsThanTheCurrencyHas() {
		var r = put("/api/v1/orders/SO-104", json.readTree("""
				{"customer": {"id": "C-1", "language": "ja", "country": "JP"},
				 "destinationCountry": "JP", "currency": "JPY", "placedAt": "2026-11-02T09:00:00Z",
				 "paymentMethod": "card",
				 "lines": [{"lineId": "1", "sku": "A", "name": "A", "quantity": 1, "unitPrice": "1000.5"}]}"""));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].unitPrice");
	}
}
