package io.crossback.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.crossback.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** Return cases carry the policy decision taken at intake; an ineligible one is approved only as goodwill. */
class CasePolicyTests extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReturnPolicies policies;

	@Test // #4
	void aReturnWithinTheWithdrawalPeriodIsEligibleAndCarriesItsDecision() {
		putOrder("PO-1");

		JsonNode created = submit("PO-1", "return", "size_fit", "1", "k-1");

		assertThat(created.get("eligible").asBoolean()).isTrue();
		JsonNode policy = get("/api/v1/cases/" + created.get("id").asString()).body().get("policy");
		assertThat(policy.get("ruleVersion").asString()).isEqualTo("DE-2022-01-01");
		assertThat(policy.get("merchantPolicyVersion").isNull()).isTrue();
		assertThat(policy.get("evaluation").get("statutory").get("basis").asString()).isEqualTo("withdrawal");
		assertThat(policy.get("evaluation").get("effective").get("eligible").asBoolean()).isTrue();
		assertThat(policy.get("evaluation").get("explanation").propertyNames()).contains("en", "de");
		assertThat(timelineKinds(created)).contains("assessment");
		var caseId = new io.crossback.cases.CaseId(java.util.UUID.fromString(created.get("id").asString()));
		assertThat(policies.explanation(tenant, caseId, io.crossback.core.LanguageCode.of("de")))
			.hasValueSatisfying(text -> assertThat(text).contains("ohne Angabe von Gründen"));
		assertThat(policies.explanation(tenant, caseId, io.crossback.core.LanguageCode.of("sv")))
			.hasValueSatisfying(text -> assertThat(text).contains("without giving a reason"));
		assertThat(jdbc.sql("select statutory_basis from policy_decision where tenant_id = ? and case_id = ?")
			.params(tenant.value(), java.util.UUID.fromString(created.get("id").asString()))
			.query(String.class)
			.single()).isEqualTo("withdrawal");
	}

	@Test // #4
	void aLateReturnIsIneligibleAndApprovingItNeedsAGoodwillReason() {
		putOrder("PO-2", "DE", Instant.now().minus(Duration.ofDays(60)), "normal");
		JsonNode created = submit("PO-2", "return", "no_reason", "1", "k-2");
		String id = created.get("id").asString();
		assertThat(created.get("eligible").asBoolean()).isFalse();
		assertThat(get("/api/v1/cases/" + id).body().get("policy").get("evaluation").get("statutory").get("basis")
			.asString()).isEqualTo("expired");

		var bare = post("/api/v1/cases/" + id + "/actions/approve", Map.of(), "If-Match", "\"1\"");
		assertThat(bare.status()).isEqualTo(400);

		var goodwill = post("/api/v1/cases/" + id + "/actions/approve", Map.of("reason", "loyal customer"), "If-Match",
				"\"1\"");
		assertThat(goodwill.status()).as(goodwill.toString()).isEqualTo(200);
		assertThat(timelineKinds(goodwill.body())).contains("goodwill");
	}

	@Test // #4
	void aCustomMadeItemIsExcludedButAFaultyOneFallsUnderTheGuarantee() {
		putOrder("PO-3", "FR", Instant.now().minus(Duration.ofDays(3)), "custom_made");
		putOrder("PO-3B", "FR", Instant.now().minus(Duration.ofDays(3)), "custom_made");

		JsonNode changedMind = submit("PO-3", "return", "no_reason", "1", "k-3");
		JsonNode faulty = submit("PO-3B", "refund", "defective", "1", "k-4");

		assertThat(changedMind.get("eligible").asBoolean()).isFalse();
		assertThat(policyOf(changedMind).get("statutory").get("exception").asString()).isEqualTo("custom_made");
		assertThat(faulty.get("eligible").asBoolean()).isTrue();
		assertThat(policyOf(faulty).get("statutory").get("basis").asString()).isEqualTo("legal_guarantee");
		assertThat(policyOf(faulty).get("statutory").get("returnShippingPayer").asString()).isEqualTo("seller");
	}

	@Test // #4
	void theTenantsOwnPolicyDecidesWhenItGivesMore() {
		putOrder("PO-4", "DE", Instant.now().minus(Duration.ofDays(20)), "normal");
		send("PUT", "/api/v1/return-policies/default", """
				{"returnWindowDays": 60, "dayKind": "calendar", "returnShippingPayer": "seller"}
				""", Map.of());

		JsonNode created = submit("PO-4", "exchange", "size_fit", "1", "k-5");

		assertThat(created.get("eligible").asBoolean()).isTrue();
		JsonNode policy = get("/api/v1/cases/" + created.get("id").asString()).body().get("policy");
		assertThat(policy.get("merchantPolicyVersion").asLong()).isEqualTo(1);
		assertThat(policy.get("evaluation").get("statutory").get("basis").asString()).isEqualTo("expired");
		assertThat(policy.get("evaluation").get("effective").get("source").asString()).isEqualTo("merchant");
	}

	private JsonNode policyOf(JsonNode caseView) {
		return get("/api/v1/cases/" + caseView.get("id").asString()).body().get("policy").get("evaluation");
	}

	private List<String> timelineKinds(JsonNode caseView) {
		JsonNode timeline = caseView.has("timeline") ? caseView.get("timeline")
				: get("/api/v1/cases/" + caseView.get("id").asString()).body().get("timeline");
		return timeline.valueStream().map(e -> e.get("kind").asString()).toList();
	}

	private JsonNode submit(String orderId, String type, String reason, String lineId, String key) {
		Response r = post("/api/v1/cases", Map.of("orderId", orderId, "type", type, "reason", reason, "lines",
				List.of(Map.of("lineId", lineId, "quantity", 1)), "channel", "portal"), "Idempotency-Key", key);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.body();
	}

	private void putOrder(String orderId, String country, Instant deliveredAt, String itemKind) {
		putOneItemOrder(orderId, "en", country, deliveredAt, itemKind);
	}
}
