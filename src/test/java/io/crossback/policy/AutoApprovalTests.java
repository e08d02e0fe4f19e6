package io.crossback.policy;

import static org.assertj.core.api.Assertions.assertThat;

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
}
