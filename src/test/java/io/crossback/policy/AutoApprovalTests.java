package io.crossback.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import io.crossback.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** With auto-approval on, eligible cases are approved at intake and ineligible ones wait for an agent. */
@TestPropertySource(properties = "crossback.policy.auto-approve-eligible=true")
class AutoApprovalTests extends ApiTestSupport {

	@Test // #4
	void approvesOnlyEligibleCasesAutomatically() {
		putOrder("AA-1");
		putLateOrder("AA-2");

		JsonNode eligible = submit("AA-1", "k-1");
		JsonNode late = submit("AA-2", "k-2");

		assertThat(eligible.get("status").asString()).isEqualTo("awaiting_return");
		assertThat(late.get("status").asString()).isEqualTo("submitted");
		assertThat(late.get("eligible").asBoolean()).isFalse();
	}

	private JsonNode submit(String orderId, String key) {
		Response r = post("/api/v1/cases", Map.of("orderId", orderId, "type", "return", "reason", "no_reason", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1)), "channel", "portal"), "Idempotency-Key", key);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.body();
	}

	private void putLateOrder(String orderId) {
		Instant delivered = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(90));
		Response r = put("/api/v1/orders/" + orderId, json.readTree("""
				{"customer": {"id": "C-9", "language": "de", "country": "DE", "tier": "standard"},
				 "destinationCountry": "DE", "currency": "EUR", "placedAt": "%s", "deliveredAt": "%s",
				 "paymentMethod": "card",
				 "lines": [{"lineId": "1", "sku": "X-1", "name": "Item", "category": "misc", "quantity": 1,
				            "unitPrice": "49.00", "itemKind": "normal"}]}"""
			.formatted(delivered.minus(Duration.ofDays(3)), delivered)));
		assertThat(r.status()).as(r.toString()).isIn(200, 201);
	}
}
