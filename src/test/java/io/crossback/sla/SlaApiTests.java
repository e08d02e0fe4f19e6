package io.crossback.sla;

import io.crossback.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.kagkarlsson.scheduler.Scheduler;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/** Calendars, SLA policies and a case's SLA over HTTP. */
class SlaApiTests extends SlaTestSupport {

	static final String BERLIN = """
			{"timeZone": "Europe/Berlin", "country": "DE", "region": "BE",
			 "openingHours": [{"days": ["MON","TUE","WED","THU","FRI"], "from": "09:00", "to": "18:00"}],
			 "closures": ["2026-12-24"]}""";

	@Autowired
	MutableClock clock;

	@Autowired
	Scheduler scheduler;

	@Autowired
	MeterRegistry meters;

	@Test // #5
	void storesACalendarAndPromisesDatesOnIt() {
		Response saved = put("/api/v1/calendars/berlin-support", BERLIN);
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.header("ETag")).isEqualTo("\"1\"");

		JsonNode read = get("/api/v1/calendars/berlin-support").body();
		assertThat(read.get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(read.get("region").asString()).isEqualTo("BE");
		assertThat(read.get("openingHours").get(0).get("days").valueStream().map(JsonNode::asString).toList())
			.containsExactly("MON", "TUE", "WED", "THU", "FRI");
		assertThat(read.get("openingHours").get(0).get("to").asString()).isEqualTo("18:00");
		assertThat(read.get("closures").get(0).asString()).isEqualTo("2026-12-24");

		assertThat(add("berlin-support", Map.of("from", "2026-11-20T16:55:00Z", "businessHours", "PT1H")))
			.isEqualTo("2026-11-23T08:55:00Z");
		assertThat(add("berlin-support", Map.of("from", "2026-11-20T16:55:00Z", "workingDays", 7)))
			.isEqualTo("2026-12-01T17:00:00Z");
		assertThat(add("berlin-support", Map.of("from", "2026-12-23T16:30:00Z", "businessHours", "PT1H")))
			.as("closure, Christmas, weekend").isEqualTo("2026-12-28T08:30:00Z");
	}

	@Test // #5
	void withoutOpeningHoursACalendarIsOpenAroundTheClock() {
		put("/api/v1/calendars/always", """
				{"timeZone": "Europe/Berlin", "country": "DE"}""");
		assertThat(get("/api/v1/calendars/always").body().get("openingHours").isNull()).isTrue();
		assertThat(add("always", Map.of("from", "2026-11-21T10:00:00Z", "businessHours", "PT30H")))
			.isEqualTo("2026-11-22T16:00:00Z");
	}

	@Test // #5
	void namesEachBadFieldOfACalendar() {
		Response r = put("/api/v1/calendars/broken", """
				{"timeZone": "Europe/Atlantis", "country": "XX",
				 "openingHours": [{"days": ["MOO"], "from": "9", "to": "18:00"}], "closures": ["24.12.2026"]}""");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
			.containsExactlyInAnyOrder("timeZone", "country", "openingHours[0].days", "openingHours[0].from",
					"closures[0]");
		assertThat(get("/api/v1/calendars/broken").status()).as("nothing written").isEqualTo(404);

		Response both = post("/api/v1/calendars/default/add",
				Map.of("from", "2026-11-20T16:55:00Z", "businessHours", "PT1H", "workingDays", 2));
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.body().get("errors").get(0).get("field").asString()).isEqualTo("businessHours");
		assertThat(post("/api/v1/calendars/nowhere/add", Map.of("from", "2026-11-20T16:55:00Z", "workingDays", 2))
			.status()).isEqualTo(404);
	}

	@Test // #5
	void refusesAStaleCalendarVersion() {
		put("/api/v1/calendars/berlin-support", BERLIN);
		Response stale = send("PUT", "/api/v1/calendars/berlin-support", BERLIN, Map.of("If-Match", "\"0\""));
		assertThat(stale.status()).isEqualTo(409);
		Response current = send("PUT", "/api/v1/calendars/berlin-support", BERLIN, Map.of("If-Match", "\"1\""));
		assertThat(current.status()).isEqualTo(200);
		assertThat(current.header("ETag")).isEqualTo("\"2\"");
	}

	@Test // #5
	void everyTenantStartsWithTheDefaultPoliciesAndCanReplaceThem() {
		JsonNode defaults = get("/api/v1/sla-policies").body();
		assertThat(defaults.get("version").asLong()).isZero();
		assertThat(defaults.get("policies").valueStream().map(p -> p.get("name").asString()).toList())
			.containsExactly("core-markets", "all-markets");
		JsonNode firstResponse = defaults.get("policies").get(0).get("targets").get(0);
		assertThat(firstResponse.get("metric").asString()).isEqualTo("first_response");
		assertThat(firstResponse.get("duration").asString()).isEqualTo("PT1H");

		Response saved = put("/api/v1/sla-policies", """
				{"policies": [{"name": "vip", "conditions": {"customerTiers": ["vip"]},
				  "targets": [{"metric": "first_response", "duration": "PT15M", "calendarId": "24x7"}],
				  "escalations": {"atRisk": ["notify_team_lead"], "breach": ["reassign"]}},
				 {"name": "everyone", "targets": [{"metric": "resolution", "workingDays": 10,
				  "pausedWhile": ["awaiting_info"]}]}]}""");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		JsonNode read = get("/api/v1/sla-policies").body();
		assertThat(read.get("version").asLong()).isEqualTo(1);
		assertThat(read.get("policies").get(1).get("targets").get(0).get("workingDays").asInt()).isEqualTo(10);
		assertThat(read.get("policies").get(1).get("targets").get(0).get("calendarId").asString()).isEqualTo("default");

		Response bad = put("/api/v1/sla-policies", """
				{"policies": [{"name": "x", "targets": [{"metric": "first_reply", "duration": "1h"}],
				  "escalations": {"breach": ["panic"]}}]}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
			.containsExactlyInAnyOrder("policies[0].targets[0].metric", "policies[0].targets[0].duration",
					"policies[0].escalations.breach");
		assertThat(bad.body().get("errors").get(0).get("allowedValues").valueStream().map(JsonNode::asString).toList())
			.contains("first_response", "dispute_resolution");
		assertThat(get("/api/v1/sla-policies").body().get("version").asLong()).as("nothing written").isEqualTo(1);
	}

	@Test // #5
	void aCaseShowsItsSlaAndAnAgentReplyAchievesTheFirstResponse() {
		clock.set(Instant.parse("2026-11-23T08:00:00Z")); // Monday 09:00 in Berlin
		putOrder("SO-SLA-1");
		String id = submitReturn("SO-SLA-1");

		JsonNode sla = awaitSla(id, s -> s.get("metrics").size() >= 2);
		assertThat(sla.get("policy").asString()).isEqualTo("core-markets");
		JsonNode first = metric(sla, "first_response");
		assertThat(first.get("target").asString()).isEqualTo("PT1H");
		assertThat(first.get("dueAt").asString()).isEqualTo("2026-11-23T09:00:00Z");
		assertThat(first.get("status").asString()).isEqualTo("active");

		clock.set(Instant.parse("2026-11-23T08:20:00Z"));
		assertThat(post("/api/v1/cases/" + id + "/messages", Map.of("author", "agent", "text", "Wir kümmern uns."))
			.status()).isEqualTo(201);
		JsonNode achieved = awaitSla(id, s -> metric(s, "first_response").get("status").asString().equals("achieved"));
		assertThat(metric(achieved, "first_response").get("elapsed").asString()).isEqualTo("PT20M");
		assertThat(metric(achieved, "first_response").get("remaining").asString()).isEqualTo("PT40M");
	}

	@Test // #5
	void aBreachIsWrittenOnTheTimelineCountedAndReported() {
		clock.set(Instant.parse("2026-11-23T08:00:00Z"));
		putOrder("SO-SLA-2");
		String id = submitReturn("SO-SLA-2");
		awaitSla(id, s -> s.get("metrics").size() >= 2);

		clock.set(Instant.parse("2026-11-23T08:45:00Z")); // 75 % of the hour
		scheduler.triggerCheckForDueExecutions();
		await().atMost(Duration.ofSeconds(90)).until(() -> kinds(id).contains("sla_at_risk"));
		clock.set(Instant.parse("2026-11-23T09:00:01Z"));
		scheduler.triggerCheckForDueExecutions();
		await().atMost(Duration.ofSeconds(90)).until(() -> kinds(id).contains("sla_breached"));
		assertThat(kinds(id)).containsSubsequence("sla_at_risk", "sla_breached");
		JsonNode entry = get("/api/v1/cases/" + id).body().get("timeline").valueStream()
			.filter(e -> e.get("kind").asString().equals("sla_breached"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.toString()).contains("first_response").contains("reassign");
		assertThat(metric(get("/api/v1/cases/" + id).body().get("sla"), "first_response").get("status").asString())
			.isEqualTo("breached");

		assertThat(meters.find("crossback.sla.outcomes").tag("tenant", tenant.value()).tag("outcome", "breached")
			.counter().count()).isEqualTo(1.0);
		JsonNode report = get("/api/v1/sla-metrics?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z").body();
		JsonNode group = report.get("groups").valueStream()
			.filter(g -> g.get("metric").asString().equals("first_response"))
			.findFirst()
			.orElseThrow();
		assertThat(group.get("market").asString()).isEqualTo("DE");
		assertThat(group.get("breached").asInt()).isEqualTo(1);
		assertThat(group.get("achieved").asInt()).isZero();
	}

	String add(String calendarId, Map<String, Object> body) {
		Response r = post("/api/v1/calendars/" + calendarId + "/add", body);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.body().get("result").asString();
	}

	String submitReturn(String orderId) {
		Response r = post("/api/v1/cases", Map.of("orderId", orderId, "type", "return", "reason", "size_fit", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1)), "message", "Zu klein.", "channel", "portal"),
				"Idempotency-Key", orderId);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.body().get("id").asString();
	}

	JsonNode awaitSla(String id, java.util.function.Predicate<JsonNode> condition) {
		return await().atMost(Duration.ofSeconds(90)).until(() -> get("/api/v1/cases/" + id).body().get("sla"),
				sla -> sla != null && !sla.isNull() && condition.test(sla));
	}

	List<String> kinds(String id) {
		return get("/api/v1/cases/" + id).body().get("timeline").valueStream().map(e -> e.get("kind").asString()).toList();
	}

	static JsonNode metric(JsonNode sla, String name) {
		return sla.get("metrics").valueStream()
			.filter(m -> m.get("metric").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " in " + sla));
	}
}
