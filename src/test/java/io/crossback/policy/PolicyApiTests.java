package io.crossback.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.crossback.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** The policy API over HTTP with a real API key, against the real database. */
class PolicyApiTests extends ApiTestSupport {

	@Autowired
	Clock clock;

	@Test // #4
	void answersTheIssueExampleForGermanyByLawAlone() {
		var r = evaluate("""
				{"market": "DE", "deliveredOn": "2026-11-07", "requestedOn": "2026-11-23", "reason": "no_reason",
				 "itemKind": "normal", "unsealed": false, "sellerInformedOfRight": true, "sellerReturnPolicyDisplayed": true}
				""");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.body().get("market").asString()).isEqualTo("DE");
		assertThat(r.body().get("statutory")).isEqualTo(json("""
				{"right": true, "basis": "withdrawal", "lastDay": "2026-11-23", "dayKind": "calendar",
				 "returnShippingPayer": "consumer", "refundDeadlineDays": 14,
				 "law": "BGB §§ 312g, 355, 356; Directive 2011/83/EU art. 9", "exception": null}
				"""));
		assertThat(r.body().get("merchant").isNull()).isTrue();
		assertThat(r.body().get("effective")).isEqualTo(json("""
				{"eligible": true, "lastDay": "2026-11-23", "returnShippingPayer": "consumer", "source": "statutory"}
				"""));
		assertThat(r.body().get("explanation").propertyNames()).containsExactly("en", "de");
		assertThat(r.body().get("explanation").get("en").asString()).contains("BGB §§ 312g, 355, 356")
			.contains("November 23, 2026").contains("You pay for sending it back.");
		assertThat(r.body().get("explanation").get("de").asString()).contains("23. November 2026")
			.contains("Die Kosten der Rücksendung tragen Sie.");
	}

	@Test // #4
	void aMoreGenerousMerchantPolicyApplies() {
		putPolicy("DE", """
				{"returnWindowDays": 30, "dayKind": "calendar", "returnShippingPayer": "seller", "restockingFeePercent": 0}
				""", Map.of());

		var r = evaluate("""
				{"market": "DE", "deliveredOn": "2026-11-07", "requestedOn": "2026-11-23", "reason": "no_reason",
				 "itemKind": "normal"}
				""");

		assertThat(r.body().get("merchant")).isEqualTo(json("""
				{"eligible": true, "lastDay": "2026-12-07", "returnShippingPayer": "seller", "restockingFeePercent": "0"}
				"""));
		assertThat(r.body().get("effective")).isEqualTo(json("""
				{"eligible": true, "lastDay": "2026-12-07", "returnShippingPayer": "seller", "source": "merchant"}
				"""));
	}

	@Test // #4
	void aStingierMerchantPolicyIsOverruledByTheLaw() {
		putPolicy("default", """
				{"returnWindowDays": 7, "dayKind": "calendar", "returnShippingPayer": "consumer", "restockingFeePercent": 15}
				""", Map.of());

		var r = evaluate("""
				{"market": "FR", "deliveredOn": "2026-11-02", "requestedOn": "2026-11-12", "reason": "size_fit",
				 "itemKind": "normal"}
				""");

		assertThat(r.body().get("merchant").get("eligible").asBoolean()).isFalse();
		assertThat(r.body().get("effective")).isEqualTo(json("""
				{"eligible": true, "lastDay": "2026-11-16", "returnShippingPayer": "consumer", "source": "statutory"}
				"""));
		assertThat(r.body().get("explanation").get("fr").asString()).contains("c’est donc la loi qui s’applique");
	}

	@Test // #4
	void requestedOnDefaultsToTodayInTheMarketsTimeZone() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
		String body = """
				{"market": "JP", "deliveredOn": "%s", "reason": "no_reason", "itemKind": "normal",
				 "sellerReturnPolicyDisplayed": false}
				""";

		var eighthDay = evaluate(body.formatted(today.minusDays(7)));
		var ninthDay = evaluate(body.formatted(today.minusDays(8)));

		assertThat(eighthDay.body().get("statutory").get("basis").asString()).isEqualTo("withdrawal");
		assertThat(eighthDay.body().get("statutory").get("lastDay").asString()).isEqualTo(today.toString());
		assertThat(ninthDay.body().get("statutory").get("basis").asString()).isEqualTo("expired");
		assertThat(eighthDay.body().get("explanation").get("ja").asString()).contains("特定商取引法");
	}

	@Test // #4
	void japansStatutoryRightGivesWayToDisplayedSellerTerms() {
		var r = evaluate("""
				{"market": "JP", "deliveredOn": "2026-11-07", "requestedOn": "2026-11-09", "reason": "no_reason",
				 "itemKind": "normal"}
				""");

		assertThat(r.body().get("statutory").get("basis").asString()).isEqualTo("displaced_by_seller_terms");
		assertThat(r.body().get("statutory").get("lastDay").isNull()).isTrue();
		assertThat(r.body().get("statutory").get("returnShippingPayer").isNull()).isTrue();
	}

	@Test // #4
	void badInputNamesEachField() {
		var r = evaluate("""
				{"market": "XX", "deliveredOn": "2026-11-31", "reason": "bored", "itemKind": "normal"}
				""");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(fields(r)).containsExactly("market", "deliveredOn", "reason");
		assertThat(r.body().get("errors").get(2).get("allowedValues").valueStream().map(JsonNode::asString))
			.contains("damaged_in_transit");
	}

	@Test // #4
	void requestBeforeDeliveryIsRejected() {
		var r = evaluate("""
				{"market": "DE", "deliveredOn": "2026-11-07", "requestedOn": "2026-11-06", "reason": "no_reason",
				 "itemKind": "normal"}
				""");

		assertThat(r.status()).isEqualTo(400);
		assertThat(fields(r)).containsExactly("requestedOn");
	}

	@Test // #4
	void wrongJsonTypeNamesTheField() {
		var r = evaluate("""
				{"market": "DE", "deliveredOn": "2026-11-07", "reason": "no_reason", "itemKind": "normal", "unsealed": [1]}
				""");

		assertThat(r.status()).isEqualTo(400);
		assertThat(fields(r)).containsExactly("unsealed");
	}

	@Test // #4
	void needsAnApiKey() {
		var r = raw("POST", "/api/v1/policy/evaluate", "{}", Map.of());
		assertThat(r.status()).isEqualTo(401);
	}

	@Test // #4
	void merchantPolicyRoundTripsWithOptimisticVersion() {
		var created = putPolicy("BR", """
				{"returnWindowDays": 30, "dayKind": "business", "returnShippingPayer": "seller",
				 "restockingFeePercent": "2.5", "excludedItemKinds": ["perishable"],
				 "returnlessRefundBelow": {"amount": "50.00", "currency": "BRL"},
				 "allowedResolutions": ["store_credit", "refund"], "returnMethod": "pickup", "codRefundMethod": "wallet"}
				""", Map.of());
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.header("ETag")).isEqualTo("\"1\"");

		var read = get("/api/v1/return-policies/BR");
		assertThat(read.header("ETag")).isEqualTo("\"1\"");
		assertThat(read.body()).isEqualTo(json("""
				{"market": "BR", "returnWindowDays": 30, "dayKind": "business", "returnShippingPayer": "seller",
				 "restockingFeePercent": 2.5, "excludedItemKinds": ["perishable"],
				 "returnlessRefundBelow": {"amount": "50.00", "currency": "BRL"},
				 "allowedResolutions": ["refund", "store_credit"], "returnMethod": "pickup", "codRefundMethod": "wallet",
				 "version": 1}
				"""));

		String body = """
				{"returnWindowDays": 45, "dayKind": "calendar", "returnShippingPayer": "seller"}
				""";
		assertThat(putPolicy("BR", body, Map.of("If-Match", "\"1\"")).header("ETag")).isEqualTo("\"2\"");
		var stale = putPolicy("BR", body, Map.of("If-Match", "\"1\""));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body().get("type").asString()).endsWith("/stale-version");
		assertThat(putPolicy("BR", body, Map.of()).header("ETag")).isEqualTo("\"3\"");
	}

	@Test // #4
	void merchantPolicyIsPerTenant() {
		putPolicy("DE", """
				{"returnWindowDays": 30, "dayKind": "calendar", "returnShippingPayer": "seller"}
				""", Map.of());
		assertThat(get("/api/v1/return-policies/DE").status()).isEqualTo(200);
		String other = "t-" + java.util.UUID.randomUUID().toString().substring(0, 18);
		String otherKey = tenants.createTenant(other, "Other merchant").apiKey();
		var r = raw("GET", "/api/v1/return-policies/DE", null, Map.of("Authorization", "Bearer " + otherKey));
		assertThat(r.status()).isEqualTo(404);
	}

	@Test // #4
	void invalidMerchantPolicyNamesTheFields() {
		var market = putPolicy("de", """
				{"returnWindowDays": 30, "dayKind": "calendar", "returnShippingPayer": "seller"}
				""", Map.of());
		assertThat(market.status()).isEqualTo(400);
		assertThat(fields(market)).containsExactly("market");

		var r = putPolicy("DE", """
				{"returnWindowDays": -1, "dayKind": "fortnights", "returnShippingPayer": "seller",
				 "restockingFeePercent": 120, "excludedItemKinds": ["normal", "socks"], "allowedResolutions": ["rejected"]}
				""", Map.of());
		assertThat(r.status()).isEqualTo(400);
		assertThat(fields(r)).containsExactly("returnWindowDays", "dayKind", "restockingFeePercent",
				"excludedItemKinds[1]", "allowedResolutions[0]");
	}

	private Response evaluate(String body) {
		return post("/api/v1/policy/evaluate", body);
	}

	private Response putPolicy(String market, String body, Map<String, String> headers) {
		return send("PUT", "/api/v1/return-policies/" + market, body, headers);
	}

	private JsonNode json(String text) {
		return json.readTree(text);
	}

	private static java.util.List<String> fields(Response r) {
		return r.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}
}
