package io.crossback.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.crossback.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** Every bad intake request gets a problem naming the field, and leaves no trace. */
class IntakeValidationTests extends ApiTestSupport {

	@BeforeEach
	void order() {
		putOrder("SO-9");
	}

	@Test // #3
	void refusesAnUnknownOrder() {
		assertRefused(body("SO-404", "return", "size_fit", "1", 1), "orderId");
	}

	@Test // #3
	void refusesAnUnknownLine() {
		assertRefused(body("SO-9", "return", "size_fit", "7", 1), "lines[0].lineId");
	}

	@Test // #3
	void refusesMoreItemsThanWereOrdered() {
		assertRefused(body("SO-9", "return", "size_fit", "1", 3), "lines[0].quantity");
	}

	@Test // #3
	void refusesItemsThatEarlierCasesAlreadyClaim() {
		Response first = post("/api/v1/cases", body("SO-9", "return", "size_fit", "1", 2), "Idempotency-Key", "k1");
		assertThat(first.status()).isEqualTo(201);

		Response second = post("/api/v1/cases", body("SO-9", "return", "defective", "1", 1), "Idempotency-Key", "k2");

		assertThat(second.status()).isEqualTo(400);
		assertThat(second.body().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].quantity");
		assertThat(casesOfOrder()).hasSize(1);
	}

	@Test // #3
	void freesClaimedItemsWhenACaseIsCancelled() {
		Response first = post("/api/v1/cases", body("SO-9", "return", "size_fit", "1", 2), "Idempotency-Key", "k1");
		post("/api/v1/cases/" + first.body().get("id").asString() + "/actions/cancel", Map.of(), "If-Match", "\"1\"");

		Response second = post("/api/v1/cases", body("SO-9", "return", "defective", "1", 2), "Idempotency-Key", "k2");

		assertThat(second.status()).isEqualTo(201);
	}

	@Test // #3
	void listsTheAllowedValuesOfAnUnknownEnum() {
		JsonNode problem = assertRefused(body("SO-9", "return", "bored", "1", 1), "reason");
		assertThat(problem.get("errors").get(0).get("allowedValues").valueStream().map(JsonNode::asString).toList())
			.contains("no_reason", "defective", "size_fit");
	}

	@Test // #3
	void namesEveryMissingField() {
		Response r = post("/api/v1/cases", Map.of("lines", List.of(Map.of("lineId", "1"))), "Idempotency-Key", "k");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
			.contains("orderId", "type", "reason", "lines[0].quantity");
	}

	@Test // #3
	void refusesMalformedJson() {
		Response r = post("/api/v1/cases", "{\"orderId\": \"SO-9\", ", "Idempotency-Key", "k");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(casesOfOrder()).isEmpty();
	}

	@Test // #3
	void namesAFieldOfTheWrongType() {
		Response r = post("/api/v1/cases", """
				{"orderId": "SO-9", "type": "return", "reason": "size_fit", "lines": [{"lineId": "1", "quantity": "many"}]}""",
				"Idempotency-Key", "k");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("lines[0].quantity");
	}

	@Test // #3
	void refusesAnOversizedMessage() {
		Map<String, Object> body = new java.util.HashMap<>(body("SO-9", "return", "size_fit", "1", 1));
		body.put("message", "x".repeat(10_001));
		assertRefused(body, "message");
	}

	@Test // #3
	void refusesAnOversizedBody() {
		Map<String, Object> body = new java.util.HashMap<>(body("SO-9", "return", "size_fit", "1", 1));
		body.put("padding", "x".repeat(300_000));
		Response r = post("/api/v1/cases", body, "Idempotency-Key", "k");
		assertThat(r.status()).isEqualTo(413);
		assertThat(casesOfOrder()).isEmpty();
	}

	@Test // #3
	void needsAnIdempotencyKey() {
		Response r = post("/api/v1/cases", body("SO-9", "return", "size_fit", "1", 1));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
		assertThat(casesOfOrder()).isEmpty();
	}

	JsonNode assertRefused(Map<String, Object> body, String field) {
		Response r = post("/api/v1/cases", body, "Idempotency-Key", "key-" + field);
		assertThat(r.status()).as(r.toString()).isEqualTo(400);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.body().get("type").asString()).isEqualTo("https://crossback.io/problems/validation");
		assertThat(r.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList()).contains(field);
		assertThat(casesOfOrder()).isEmpty();
		return r.body();
	}

	List<JsonNode> casesOfOrder() {
		return get("/api/v1/cases?orderId=SO-9").body().get("items").valueStream().toList();
	}

	static Map<String, Object> body(String orderId, String type, String reason, String lineId, int quantity) {
		return Map.of("orderId", orderId, "type", type, "reason", reason, "lines",
				List.of(Map.of("lineId", lineId, "quantity", quantity)), "message", "Hallo", "channel", "portal");
	}
}
