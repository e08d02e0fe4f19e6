package io.crossback.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.crossback.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** The triage API and its wiring into cases, over HTTP with a fresh tenant per test. #6 */
class TriageApiTests extends ApiTestSupport {

	@Autowired
	MessageTriage triage;

	@BeforeEach
	void loadLanguageModels() {
		// the first detection loads Lingua's models, which takes a while on a busy machine
		triage.triage("Der Schuh ist kaputt, where is it?", null, null);
	}

	@Test // #6
	void triagesATextWithTheContractsFieldNames() {
		Response r = post("/api/v1/triage", Map.of("text",
				"Die Vase kam zerbrochen an, dabei ist die Party schon am Samstag! Ich brauche dringend Ersatz.", "hints",
				Map.of("customerLanguage", "de", "market", "DE")));

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		JsonNode body = r.body();
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("language", "languageConfidence", "category",
				"categoryConfidence", "sentiment", "sentimentScore", "emotions", "urgency", "escalate", "reasons",
				"model");
		assertThat(body.get("language").asString()).isEqualTo("de");
		assertThat(body.get("category").asString()).isEqualTo("damaged_defective");
		assertThat(body.get("sentiment").asString()).isEqualTo("negative");
		assertThat(body.get("sentimentScore").asDouble()).isNegative();
		assertThat(body.get("emotions").get(0).propertyNames()).containsExactly("emotion", "score");
		assertThat(body.get("emotions").valueStream().map(e -> e.get("emotion").asString()).toList())
			.contains("anxiety", "disappointment");
		assertThat(body.get("urgency").asString()).isEqualTo("high");
		assertThat(body.get("escalate").asBoolean()).isFalse();
		assertThat(body.get("reasons").valueStream().map(JsonNode::asString).toList())
			.anyMatch(reason -> reason.startsWith("damage words: "))
			.anyMatch(reason -> reason.startsWith("deadline mentioned: "));
		assertThat(body.get("model").get("version").asString()).startsWith("2.0-");
	}

	@Test // #6
	void rejectsEmptyTextAsAProblemNamingTheField() {
		Response r = post("/api/v1/triage", Map.of("text", ""));

		assertProblem(r, "text");
	}

	@Test // #6
	void rejectsTextOverTenThousandCharacters() {
		Response r = post("/api/v1/triage", Map.of("text", "x".repeat(10_001)));

		assertProblem(r, "text");
	}

	@Test // #6
	void rejectsBinaryText() {
		Response r = post("/api/v1/triage", Map.of("text", "\u0000\u0001\u0002PNG\u001a"));

		assertProblem(r, "text");
	}

	@Test // #6
	void rejectsHintsThatAreNotCodes() {
		Response r = post("/api/v1/triage", Map.of("text", "Where is my order?", "hints",
				Map.of("customerLanguage", "german", "market", "Germany")));

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
			.containsExactlyInAnyOrder("hints.customerLanguage", "hints.market");
	}

	@Test // #6
	void triagesACaseAndItsCustomerMessagesAndKeepsCorrectionsForRetraining() {
		putOrder("TR-1");
		Response submitted = post("/api/v1/cases", Map.of("orderId", "TR-1", "type", "return", "reason", "defective",
				"lines", List.of(Map.of("lineId", "1", "quantity", 1)), "message",
				"Der Schuh ist nach zwei Tagen kaputt gegangen, die Sohle hat sich gelöst.", "channel", "portal",
				"preferredResolution", "refund"), "Idempotency-Key", "tr-1");
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		String id = submitted.body().get("id").asString();

		JsonNode triage = await().atMost(Duration.ofSeconds(120))
			.until(() -> get("/api/v1/cases/" + id).body().get("triage"), t -> t != null && !t.isNull());
		assertThat(triage.get("category").asString()).isEqualTo("damaged_defective");
		assertThat(triage.get("language").asString()).isEqualTo("de");
		assertThat(triage.get("sentimentHistory")).hasSize(1);

		Response message = post("/api/v1/cases/" + id + "/messages", Map.of("author", "customer", "text",
				"Zum dritten Mal: das ist eine Frechheit! Ich gehe zu meinem Anwalt."));
		assertThat(message.status()).isEqualTo(201);
		post("/api/v1/cases/" + id + "/messages", Map.of("author", "agent", "text", "Wir kümmern uns darum."));

		JsonNode later = await().atMost(Duration.ofSeconds(120))
			.until(() -> get("/api/v1/cases/" + id).body().get("triage"), t -> t.get("sentimentHistory").size() == 2);
		assertThat(later.get("escalated").asBoolean()).isTrue();
		assertThat(later.get("urgency").asString()).isEqualTo("critical");
		assertThat(get("/api/v1/cases/" + id).body().get("timeline").valueStream()
			.filter(e -> e.get("kind").asString().equals("triage_escalation"))
			.toList()).singleElement().satisfies(e -> assertThat(e.toString()).contains("lawyer or court threat"));

		Response correction = post("/api/v1/cases/" + id + "/triage/corrections",
				Map.of("source", triage.get("sentimentHistory").get(0).get("source").asString(), "category",
						"warranty_repair", "emotions", List.of("disappointment")));
		assertThat(correction.status()).as(correction.toString()).isEqualTo(201);
		assertThat(correction.body().get("predictedCategory").asString()).isEqualTo("damaged_defective");
		assertThat(get("/api/v1/cases/" + id).body().get("triage").get("category").asString())
			.isEqualTo("warranty_repair");

		List<JsonNode> lines = exportedFeedback();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0).get("category").asString()).isEqualTo("warranty_repair");
		assertThat(lines.get(0).get("text").asString()).startsWith("Der Schuh ist");
		assertThat(lines.get(0).get("language").asString()).isEqualTo("de");
	}

	@Test // #6
	void rejectsACorrectionWithAnUnknownCategory() {
		putOrder("TR-2");
		String id = post("/api/v1/cases", Map.of("orderId", "TR-2", "type", "return", "reason", "size_fit", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1)), "message", "Die Schuhe sind zu klein.", "channel",
				"portal", "preferredResolution", "refund"), "Idempotency-Key", "tr-2").body().get("id").asString();

		Response r = post("/api/v1/cases/" + id + "/triage/corrections", Map.of("category", "lost_in_space"));

		assertProblem(r, "category");
		assertThat(r.body().get("errors").get(0).get("allowedValues").valueStream().map(JsonNode::asString).toList())
			.contains("size_fit", "other");
	}

	@Test // #6
	void erasesTriagedTextsWithTheCustomersPersonalData() {
		putOrder("TR-3");
		String id = post("/api/v1/cases", Map.of("orderId", "TR-3", "type", "return", "reason", "size_fit", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1)), "message", "Die Schuhe sind zu klein, Anna Schmidt.",
				"channel", "portal", "preferredResolution", "refund"), "Idempotency-Key", "tr-3").body().get("id")
			.asString();
		await().atMost(Duration.ofSeconds(120))
			.until(() -> get("/api/v1/cases/" + id).body().get("triage"), t -> t != null && !t.isNull());
		assertThat(post("/api/v1/cases/" + id + "/triage/corrections", Map.of("category", "size_fit")).status())
			.isEqualTo(201);

		assertThat(send("DELETE", "/api/v1/customers/C-77/personal-data", null, Map.of()).status()).isIn(200, 202, 204);

		await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(exportedFeedback())
			.extracting(line -> line.get("text").asString())
			.containsExactly("[erased]"));
	}

	/** GET /api/v1/triage/feedback: JSON lines, which the JSON helpers of ApiTestSupport do not parse. */
	private List<JsonNode> exportedFeedback() {
		HttpResponse<String> response;
		try {
			response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/triage/feedback"))
					.header("Authorization", "Bearer " + apiKey)
					.build(),
				HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/x-ndjson"));
		return response.body().lines().map(json::readTree).toList();
	}

	private static void assertProblem(Response r, String field) {
		assertThat(r.status()).as(r.toString()).isEqualTo(400);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList()).contains(field);
	}
}
