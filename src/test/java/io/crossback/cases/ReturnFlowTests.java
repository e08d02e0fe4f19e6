package io.crossback.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.crossback.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** A customer's return, over HTTP, from submission to close. */
class ReturnFlowTests extends ApiTestSupport {

	@Test // #3
	void walksAReturnFromSubmissionToClose() {
		putOrder("SO-1");
		JsonNode submitted = submitReturn("SO-1", "key-1");
		String id = submitted.get("id").asString();
		assertThat(submitted.get("status").asString()).isEqualTo("submitted");
		assertThat(submitted.get("trackingUrl").asString()).contains("/track/");

		JsonNode approved = act(id, "approve", 1, Map.of());
		assertThat(approved.get("status").asString()).isEqualTo("awaiting_return");
		JsonNode shipped = act(id, "ship", 2, Map.of("carrier", "dhl", "trackingNumber", "JD014600003828"));
		assertThat(shipped.get("status").asString()).isEqualTo("in_transit");
		assertThat(act(id, "receive", 3, Map.of()).get("status").asString()).isEqualTo("received");
		assertThat(act(id, "inspect", 4, Map.of("grade", "A", "note", "unworn")).get("status").asString())
			.isEqualTo("inspected");
		JsonNode resolved = act(id, "resolve", 5, Map.of("resolution", "refund"));
		assertThat(resolved.get("status").asString()).isEqualTo("resolved");
		assertThat(resolved.get("resolution").asString()).isEqualTo("refund");
		JsonNode closed = act(id, "close", 6, Map.of());
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(closed.get("version").asLong()).isEqualTo(7);

		List<String> path = closed.get("timeline")
			.valueStream()
			.filter(e -> e.get("kind").asString().equals("transition"))
			.map(e -> e.get("from").asString() + ">" + e.get("to").asString())
			.toList();
		assertThat(path).containsExactly("submitted>awaiting_return", "awaiting_return>in_transit",
				"in_transit>received", "received>inspected", "inspected>resolved", "resolved>closed");
		assertThat(closed.get("timeline").get(0).get("kind").asString()).isEqualTo("created");
		assertThat(closed.get("message").asString()).isEqualTo("Die Schuhe sind zu klein.");

		String token = submitted.get("trackingUrl").asString().replaceAll(".*/track/", "");
		Response tracking = raw("GET", "/api/v1/tracking/" + token, null, Map.of());
		assertThat(tracking.status()).isEqualTo(200);
		assertThat(tracking.body().get("status").asString()).isEqualTo("closed");
		assertThat(tracking.body().get("timeline").get(2).get("carrier").asString()).isEqualTo("dhl");
	}

	@Test // #3
	void refusesAnActionTheStatusDoesNotAllowAndListsTheAllowedOnes() {
		putOrder("SO-2");
		String id = submitReturn("SO-2", "key-2").get("id").asString();

		Response r = post("/api/v1/cases/" + id + "/actions/ship", Map.of("carrier", "dhl", "trackingNumber", "1"),
				"If-Match", "\"1\"");

		assertThat(r.status()).isEqualTo(409);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.body().get("allowedActions").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrder("approve", "reject", "request_info", "cancel");
	}

	@Test // #3
	void requestsInformationAndReturnsWhenTheCustomerAnswers() {
		putOrder("SO-3");
		String id = submitReturn("SO-3", "key-3").get("id").asString();
		JsonNode asked = act(id, "request_info", 1, Map.of("question", "Bitte ein Foto der Sohle"));
		assertThat(asked.get("status").asString()).isEqualTo("awaiting_info");

		Response answer = post("/api/v1/cases/" + id + "/messages",
				Map.of("author", "customer", "text", "Foto anbei"));
		assertThat(answer.status()).isEqualTo(201);

		JsonNode after = get("/api/v1/cases/" + id).body();
		assertThat(after.get("status").asString()).isEqualTo("submitted");
		assertThat(after.get("messages").valueStream().map(m -> m.get("author").asString()).toList())
			.containsExactly("customer", "agent", "customer");
	}

	@Test // #3
	void needsTheShipmentsCarrierAndTrackingNumber() {
		putOrder("SO-4");
		String id = submitReturn("SO-4", "key-4").get("id").asString();
		act(id, "approve", 1, Map.of());

		Response r = post("/api/v1/cases/" + id + "/actions/ship", Map.of("carrier", "dhl"), "If-Match", "\"2\"");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("trackingNumber");
		assertThat(get("/api/v1/cases/" + id).body().get("status").asString()).isEqualTo("awaiting_return");
	}

	@Test // #8: the label and the refund's confirmation are facts on the case (and in the evidence log), not statuses
	void aReturnLabelAndARefundConfirmationAreRecordedWithoutMovingTheCase() {
		putOrder("SO-7");
		String id = submitReturn("SO-7", "key-7").get("id").asString();
		act(id, "approve", 1, Map.of());

		Response noTracking = post("/api/v1/cases/" + id + "/actions/issue_label", Map.of("carrier", "ups"),
				"If-Match", "\"2\"");
		assertThat(noTracking.status()).isEqualTo(400);
		assertThat(noTracking.body().toString()).contains("trackingNumber");
		JsonNode labelled = act(id, "issue_label", 2, Map.of("carrier", "ups", "trackingNumber", "1Z999AA10123456784"));
		assertThat(labelled.get("status").asString()).isEqualTo("awaiting_return");
		assertThat(labelled.get("version").asLong()).isEqualTo(3);

		act(id, "ship", 3, Map.of("carrier", "ups", "trackingNumber", "1Z999AA10123456784"));
		act(id, "receive", 4, Map.of());
		act(id, "inspect", 5, Map.of("grade", "B"));
		JsonNode resolved = act(id, "resolve", 6, Map.of("resolution", "refund"));
		assertThat(resolved.get("allowedActions").valueStream().map(JsonNode::asString).toList())
			.contains("confirm_refund");
		assertThat(metric(resolved, "refund_payout").get("status").asString()).isEqualTo("active");

		JsonNode paid = act(id, "confirm_refund", 7, Map.of("paymentReference", "re_3PqL2x"));
		assertThat(paid.get("status").asString()).isEqualTo("resolved");
		assertThat(metric(paid, "refund_payout").get("status").asString()).isEqualTo("achieved");
		assertThat(paid.get("tasks").valueStream()
			.filter(t -> t.get("kind").asString().equals("finance_payout"))
			.map(t -> t.get("state").asString())).containsExactly("done");
		assertThat(paid.get("timeline").valueStream()
			.filter(e -> e.get("kind").asString().equals("transition"))
			.map(e -> e.get("action").asString())).contains("issue_label", "confirm_refund");
	}

	@Test // #8
	void onlyARefundCanBeConfirmed() {
		putOrder("SO-8");
		String id = submitReturn("SO-8", "key-8").get("id").asString();
		act(id, "approve", 1, Map.of());
		act(id, "ship", 2, Map.of("carrier", "dhl", "trackingNumber", "JD1"));
		act(id, "receive", 3, Map.of());
		act(id, "inspect", 4, Map.of("grade", "A"));
		JsonNode exchanged = act(id, "resolve", 5, Map.of("resolution", "exchange"));
		assertThat(exchanged.get("allowedActions").valueStream().map(JsonNode::asString).toList())
			.doesNotContain("confirm_refund");

		Response r = post("/api/v1/cases/" + id + "/actions/confirm_refund", Map.of("paymentReference", "x"),
				"If-Match", "\"6\"");

		assertThat(r.status()).isEqualTo(409);
		assertThat(r.body().get("allowedActions").valueStream().map(JsonNode::asString).toList())
			.doesNotContain("confirm_refund").contains("close");
	}

	static JsonNode metric(JsonNode c, String metric) {
		return c.get("sla").get("metrics").valueStream()
			.filter(m -> m.get("metric").asString().equals(metric))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + metric + " in " + c.get("sla")));
	}

	JsonNode submitReturn(String orderId, String key) {
		Response r = post("/api/v1/cases", Map.of("orderId", orderId, "type", "return", "reason", "size_fit", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1)), "message", "Die Schuhe sind zu klein.", "channel",
				"portal", "preferredResolution", "refund"), "Idempotency-Key", key);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		assertThat(r.header("Location")).endsWith(r.body().get("id").asString());
		assertThat(r.header("ETag")).isEqualTo("\"1\"");
		return r.body();
	}

	JsonNode act(String id, String action, long version, Map<String, Object> body) {
		Response r = post("/api/v1/cases/" + id + "/actions/" + action, body, "If-Match", "\"" + version + "\"");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.body();
	}
}
