package io.crossback.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.crossback.ApiTestSupport;
import io.crossback.cases.CaseId;
import tools.jackson.databind.JsonNode;

/** Agents, queues and assignment over HTTP, with real cases submitted through the cases API. */
class RoutingApiTests extends ApiTestSupport {

	@Autowired Dispatch dispatch;

	static final String AYLIN = """
			{"id": "aylin", "name": "Aylin", "languages": [{"code": "tr", "level": "native"}, {"code": "de", "level": "fluent"}],
			 "markets": ["TR", "DE"], "skills": ["return", "size_fit"], "channels": ["portal", "email"],
			 "teams": ["customer_service"], "capacity": 8, "timeZone": "Europe/Istanbul", "attributes": {}}""";

	@Test // #7
	void managesAgentsWithOptimisticVersions() {
		Response created = post("/api/v1/agents", AYLIN);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith("/api/v1/agents/aylin");
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
		assertThat(created.body().get("status").asString()).isEqualTo("offline");
		assertThat(created.body().get("languages").get(0).get("level").asString()).isEqualTo("native");
		assertThat(created.body().get("onShift").asBoolean()).isTrue();

		String raised = AYLIN.replace("\"capacity\": 8", "\"capacity\": 10");
		Response updated = send("PUT", "/api/v1/agents/aylin", raised, Map.of("If-Match", "\"1\""));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.header("ETag")).isEqualTo("\"2\"");
		assertThat(updated.body().get("capacity").asInt()).isEqualTo(10);

		Response stale = send("PUT", "/api/v1/agents/aylin", AYLIN, Map.of("If-Match", "\"1\""));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body().get("type").asString()).endsWith("/stale-version");
		assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(2);

		assertThat(put("/api/v1/agents/aylin", AYLIN).status()).isEqualTo(428);
		assertThat(get("/api/v1/agents/aylin").body().get("capacity").asInt()).isEqualTo(10);
		assertThat(get("/api/v1/agents").body().valueStream().map(a -> a.get("id").asString()))
			.containsExactly("aylin");
		assertThat(post("/api/v1/agents", AYLIN).status()).isEqualTo(409);
		assertThat(get("/api/v1/agents/nobody").status()).isEqualTo(404);
	}

	@Test // #7
	void namesEveryInvalidFieldOfAnAgent() {
		Response r = post("/api/v1/agents", """
				{"name": "", "languages": [{"code": "xx"}], "markets": ["Germany"], "channels": ["fax"],
				 "teams": [], "capacity": -1, "timeZone": "Mars/Olympus",
				 "shifts": [{"days": ["MON", "FUNDAY"], "from": "9am", "to": "17:00"}]}""");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.body().get("errors").valueStream().map(e -> e.get("field").asString()))
			.containsExactlyInAnyOrder("name", "languages[0].code", "markets[0]", "channels[0]", "teams", "capacity",
					"timeZone", "shifts[0].days[1]", "shifts[0].from");
		JsonNode channel = r.body().get("errors").valueStream()
			.filter(e -> e.get("field").asString().equals("channels[0]"))
			.findFirst()
			.orElseThrow();
		assertThat(channel.get("allowedValues").valueStream().map(JsonNode::asString)).contains("portal", "email");

		Response status = put("/api/v1/agents/aylin/status", Map.of("status", "sleeping"));
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.body().get("errors").get(0).get("allowedValues").valueStream().map(JsonNode::asString))
			.containsExactly("online", "away", "offline");
	}

	@Test // #7
	void aSubmittedCaseGetsAnOwnerWhoSpeaksTheCustomersLanguage() {
		online(AYLIN);
		putOrder("SO-7");

		String caseId = submitReturn("SO-7", "r-1");

		JsonNode owned = awaitCase(caseId, c -> !c.get("owner").isNull());
		assertThat(owned.get("owner").get("agentId").asString()).isEqualTo("aylin");
		assertThat(owned.get("queue").asString()).isEqualTo("customer_service");
		assertThat(owned.get("priority").get("level").asString()).isEqualTo("normal");
		assertThat(owned.get("priority").get("score").asInt()).isEqualTo(40);
		assertThat(get("/api/v1/agents/aylin").body().get("openItems").asInt()).isEqualTo(1);
	}

	@Test // #7
	void aQueuedCaseIsAssignedByHandAndTheTimelineSaysWhy() {
		putOrder("SO-8");
		String caseId = submitReturn("SO-8", "r-2");
		await().atMost(Duration.ofSeconds(90))
			.until(() -> get("/api/v1/queues/customer_service").body().get("waiting").asInt() == 1);
		JsonNode queue = get("/api/v1/queues/customer_service").body();
		assertThat(queue.get("items").get(0).get("caseId").asString()).isEqualTo(caseId);
		assertThat(queue.get("items").get(0).get("language").asString()).isEqualTo("de");
		assertThat(get("/api/v1/cases/" + caseId).body().get("owner").isNull()).isTrue();
		assertThat(post("/api/v1/agents", AYLIN).status()).isEqualTo(201);

		Response assigned = post("/api/v1/cases/" + caseId + "/assign",
				Map.of("agentId", "aylin", "reason", "speaks German and knows the shoe range"));

		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
		JsonNode after = get("/api/v1/cases/" + caseId).body();
		assertThat(after.get("owner").get("agentId").asString()).isEqualTo("aylin");
		JsonNode entry = timeline(after, "assigned").get(0);
		assertThat(entry.get("note").asString()).isEqualTo("speaks German and knows the shoe range");
		assertThat(entry.get("data").get("agentId").asString()).isEqualTo("aylin");
		assertThat(get("/api/v1/queues/customer_service").body().get("waiting").asInt()).isZero();
		assertThat(get("/api/v1/cases/" + caseId + "/assignments").body().valueStream()
			.map(e -> e.get("how").asString())).containsExactly("queued", "manual");

		Response missing = post("/api/v1/cases/" + caseId + "/assign", Map.of("agentId", "aylin"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(post("/api/v1/cases/00000000-0000-0000-0000-000000000000/assign",
				Map.of("agentId", "aylin", "reason", "x")).status()).isEqualTo(404);
	}

	@Test // #7
	void anAgentGoingOfflineHandsTheCaseToAColleagueOnTheTimeline() {
		online(AYLIN);
		putOrder("SO-9");
		String caseId = submitReturn("SO-9", "r-3");
		awaitCase(caseId, c -> !c.get("owner").isNull());
		online(AYLIN.replace("\"aylin\"", "\"hans\"").replace("\"Aylin\"", "\"Hans\""));

		Response offline = put("/api/v1/agents/aylin/status", Map.of("status", "offline"));

		assertThat(offline.status()).isEqualTo(200);
		assertThat(offline.body().get("openItems").asInt()).isZero();
		JsonNode after = get("/api/v1/cases/" + caseId).body();
		assertThat(after.get("owner").get("agentId").asString()).isEqualTo("hans");
		JsonNode entry = timeline(after, "reassigned").get(0);
		assertThat(entry.get("data").get("previousAgentId").asString()).isEqualTo("aylin");
		assertThat(entry.get("data").get("agentId").asString()).isEqualTo("hans");
	}

	@Test // #7
	void anSlaAtRiskMovesTheCaseFromAnOwnerWhoIsAwayToAnOnlineColleague() {
		online(AYLIN);
		putOrder("SO-11");
		String caseId = submitReturn("SO-11", "r-5");
		awaitCase(caseId, c -> !c.get("owner").isNull());
		assertThat(put("/api/v1/agents/aylin/status", Map.of("status", "away")).status()).isEqualTo(200);
		online(AYLIN.replace("\"aylin\"", "\"hans\"").replace("\"Aylin\"", "\"Hans\""));

		dispatch.signal(tenant, CaseId.of(caseId), signals -> signals.withSlaRisk(
				new PrioritySignals.SlaRisk("first_response", PrioritySignals.SlaState.AT_RISK)), true,
				"sla first_response at risk");

		JsonNode after = get("/api/v1/cases/" + caseId).body();
		assertThat(after.get("owner").get("agentId").asString()).isEqualTo("hans");
		assertThat(after.get("priority").get("reasons").get(0).asString()).isEqualTo("sla first_response at risk +20");
		assertThat(timeline(after, "reassigned").get(0).get("note").asString()).startsWith("sla first_response at risk");
	}

	@Test // #7
	void anApprovedReturnOpensALogisticsPickupTheOwnerCanSee() {
		online(AYLIN);
		online("""
				{"id": "lars", "name": "Lars", "languages": [{"code": "de"}], "teams": ["logistics"], "capacity": 20,
				 "timeZone": "Europe/Berlin"}""");
		putOrder("SO-10");
		String caseId = submitReturn("SO-10", "r-4");
		awaitCase(caseId, c -> !c.get("owner").isNull());

		Response approved = post("/api/v1/cases/" + caseId + "/actions/approve", Map.of(), "If-Match", "\"1\"");
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

		JsonNode after = awaitCase(caseId, c -> c.get("tasks").size() == 1 && !c.get("tasks").get(0).get("agentId").isNull());
		JsonNode task = after.get("tasks").get(0);
		assertThat(task.get("kind").asString()).isEqualTo("logistics_pickup");
		assertThat(task.get("team").asString()).isEqualTo("logistics");
		assertThat(task.get("agentId").asString()).isEqualTo("lars");
		assertThat(after.get("owner").get("agentId").asString()).isEqualTo("aylin");
	}

	@Test // #7
	void agentsNeedAnApiKey() {
		Response r = raw("GET", "/api/v1/agents", null, Map.of());
		assertThat(r.status()).isEqualTo(401);
	}

	private void online(String agentJson) {
		Response created = post("/api/v1/agents", agentJson);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Response online = put("/api/v1/agents/" + created.body().get("id").asString() + "/status",
				Map.of("status", "online"));
		assertThat(online.status()).as(online.toString()).isEqualTo(200);
	}

	private String submitReturn(String orderId, String key) {
		Response r = post("/api/v1/cases", Map.of("orderId", orderId, "type", "return", "reason", "size_fit", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1)), "message", "Zu klein.", "channel", "portal",
				"preferredResolution", "refund"), "Idempotency-Key", key);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.body().get("id").asString();
	}

	/**
	 * Routing reacts after commit on the shared asynchronous executor; the first triage of a fresh context loads
	 * Lingua's language models on that executor too, which can hold it for tens of seconds on two cores.
	 */
	private JsonNode awaitCase(String caseId, java.util.function.Predicate<JsonNode> condition) {
		return await().atMost(Duration.ofSeconds(90))
			.until(() -> get("/api/v1/cases/" + caseId).body(), condition::test);
	}

	private static List<JsonNode> timeline(JsonNode aCase, String kind) {
		return aCase.get("timeline").valueStream().filter(e -> e.get("kind").asString().equals(kind)).toList();
	}
}
