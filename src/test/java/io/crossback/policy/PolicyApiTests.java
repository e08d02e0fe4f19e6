package io.crossback.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.crossback.core.TenantId;

/** The policy API over HTTP, against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestTenants.class, PolicyApiTests.FixedClock.class })
class PolicyApiTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-11-23T22:30:00Z"), ZoneOffset.UTC); // 23:30 in Berlin
		}
	}

	@Autowired
	MockMvcTester mvc;

	TenantId tenant = TestTenants.fresh();

	@Test // #4
	void answersTheIssueExampleForGermanyByLawAlone() {
		var result = evaluate("""
				{"market": "DE", "deliveredOn": "2026-11-07", "requestedOn": "2026-11-23", "reason": "no_reason",
				 "itemKind": "normal", "unsealed": false, "sellerInformedOfRight": true, "sellerReturnPolicyDisplayed": true}
				""");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"statutory": {"right": true, "basis": "withdrawal", "lastDay": "2026-11-23", "dayKind": "calendar",
				 "returnShippingPayer": "consumer", "refundDeadlineDays": 14,
				 "law": "BGB §§ 312g, 355, 356; Directive 2011/83/EU art. 9", "exception": null}}
				""");
		assertThat(result).bodyJson().extractingPath("$.merchant").isNull();
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"effective": {"eligible": true, "lastDay": "2026-11-23", "returnShippingPayer": "consumer", "source": "statutory"}}
				""");
		assertThat(result).bodyJson().extractingPath("$.explanation.en").asString()
			.contains("BGB §§ 312g, 355, 356").contains("November 23, 2026");
		assertThat(result).bodyJson().extractingPath("$.explanation.de").asString()
			.contains("23. November 2026").contains("Die Kosten der Rücksendung tragen Sie.");
	}

	@Test // #4
	void aMoreGenerousMerchantPolicyApplies() {
		putPolicy("DE", """
				{"returnWindowDays": 30, "dayKind": "calendar", "returnShippingPayer": "seller", "restockingFeePercent": 0}
				""", null);

		var result = evaluate("""
				{"market": "DE", "deliveredOn": "2026-11-07", "requestedOn": "2026-11-23", "reason": "no_reason",
				 "itemKind": "normal"}
				""");

		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"merchant": {"eligible": true, "lastDay": "2026-12-07", "returnShippingPayer": "seller", "restockingFeePercent": "0"}}
				""");
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"effective": {"eligible": true, "lastDay": "2026-12-07", "returnShippingPayer": "seller", "source": "merchant"}}
				""");
	}

	@Test // #4
	void aStingierMerchantPolicyIsOverruledByTheLaw() {
		putPolicy("default", """
				{"returnWindowDays": 7, "dayKind": "calendar", "returnShippingPayer": "consumer", "restockingFeePercent": 15}
				""", null);

		var result = evaluate("""
				{"market": "FR", "deliveredOn": "2026-11-02", "requestedOn": "2026-11-12", "reason": "size_fit",
				 "itemKind": "normal"}
				""");

		assertThat(result).bodyJson().extractingPath("$.merchant.eligible").isEqualTo(false);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"effective": {"eligible": true, "lastDay": "2026-11-16", "returnShippingPayer": "consumer", "source": "statutory"}}
				""");
		assertThat(result).bodyJson().extractingPath("$.explanation.fr").asString()
			.contains("c’est donc la loi qui s’applique");
	}

	@Test // #4
	void requestedOnDefaultsToTodayInTheMarketsTimeZone() {
		// 22:30 UTC on 23 Nov is already 24 Nov in Tokyo: a JP delivery of 16 Nov (8 days incl.) has just expired
		var result = evaluate("""
				{"market": "JP", "deliveredOn": "2026-11-16", "reason": "no_reason", "itemKind": "normal",
				 "sellerReturnPolicyDisplayed": false}
				""");

		assertThat(result).bodyJson().extractingPath("$.statutory.basis").isEqualTo("expired");
		assertThat(result).bodyJson().extractingPath("$.statutory.lastDay").isEqualTo("2026-11-23");
		assertThat(result).bodyJson().extractingPath("$.explanation.ja").asString().contains("特定商取引法");
	}

	@Test // #4
	void badInputNamesEachField() {
		var result = evaluate("""
				{"market": "XX", "deliveredOn": "2026-11-31", "reason": "bored", "itemKind": "normal"}
				""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
			.containsExactly("market", "deliveredOn", "reason");
		assertThat(result).bodyJson().extractingPath("$.errors[2].allowedValues").asArray().contains("damaged_in_transit");
	}

	@Test // #4
	void requestBeforeDeliveryIsRejected() {
		var result = evaluate("""
				{"market": "DE", "deliveredOn": "2026-11-07", "requestedOn": "2026-11-06", "reason": "no_reason",
				 "itemKind": "normal"}
				""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("requestedOn");
	}

	@Test // #4
	void wrongJsonTypeNamesTheField() {
		var result = evaluate("""
				{"market": "DE", "deliveredOn": "2026-11-07", "reason": "no_reason", "itemKind": "normal", "unsealed": [1]}
				""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("unsealed");
	}

	@Test // #4
	void merchantPolicyRoundTripsWithOptimisticVersion() {
		var created = putPolicy("BR", """
				{"returnWindowDays": 30, "dayKind": "business", "returnShippingPayer": "seller",
				 "restockingFeePercent": "2.5", "excludedItemKinds": ["perishable"],
				 "returnlessRefundBelow": {"amount": "50.00", "currency": "BRL"},
				 "allowedResolutions": ["store_credit", "refund"], "returnMethod": "pickup", "codRefundMethod": "wallet"}
				""", null);
		assertThat(created).hasStatusOk().hasHeader("ETag", "\"1\"");

		var read = mvc.get().uri("/api/v1/return-policies/BR").with(user("agent")).header(TestTenants.HEADER,
				tenant.value()).exchange();
		assertThat(read).hasStatusOk().hasHeader("ETag", "\"1\"");
		assertThat(read).bodyJson().isEqualTo("""
				{"market": "BR", "returnWindowDays": 30, "dayKind": "business", "returnShippingPayer": "seller",
				 "restockingFeePercent": 2.5, "excludedItemKinds": ["perishable"],
				 "returnlessRefundBelow": {"amount": "50.00", "currency": "BRL"},
				 "allowedResolutions": ["refund", "store_credit"], "returnMethod": "pickup", "codRefundMethod": "wallet",
				 "version": 1}
				""");

		String body = """
				{"returnWindowDays": 45, "dayKind": "calendar", "returnShippingPayer": "seller"}
				""";
		assertThat(putPolicy("BR", body, "\"1\"")).hasStatusOk().hasHeader("ETag", "\"2\"");
		var stale = putPolicy("BR", body, "\"1\"");
		assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
		assertThat(stale).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(putPolicy("BR", body, null)).hasStatusOk().hasHeader("ETag", "\"3\"");
	}

	@Test // #4
	void merchantPolicyIsPerTenant() {
		putPolicy("DE", """
				{"returnWindowDays": 30, "dayKind": "calendar", "returnShippingPayer": "seller"}
				""", null);
		var other = mvc.get().uri("/api/v1/return-policies/DE").with(user("agent"))
			.header(TestTenants.HEADER, TestTenants.fresh().value()).exchange();
		assertThat(other).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test // #4
	void invalidMerchantPolicyNamesTheFields() {
		var result = putPolicy("de", """
				{"returnWindowDays": 30, "dayKind": "calendar", "returnShippingPayer": "seller"}
				""", null);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("market");

		var fields = putPolicy("DE", """
				{"returnWindowDays": -1, "dayKind": "fortnights", "returnShippingPayer": "seller",
				 "restockingFeePercent": 120, "excludedItemKinds": ["normal", "socks"], "allowedResolutions": ["rejected"]}
				""", null);
		assertThat(fields).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(fields).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("returnWindowDays",
				"dayKind", "restockingFeePercent", "excludedItemKinds[1]", "allowedResolutions[0]");
	}

	private MvcTestResult evaluate(String json) {
		return mvc.post().uri("/api/v1/policy/evaluate").with(user("agent")).with(csrf())
			.header(TestTenants.HEADER, tenant.value())
			.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private MvcTestResult putPolicy(String market, String json, String ifMatch) {
		var request = mvc.put().uri("/api/v1/return-policies/" + market).with(user("agent")).with(csrf())
			.header(TestTenants.HEADER, tenant.value())
			.contentType(MediaType.APPLICATION_JSON).content(json);
		if (ifMatch != null) {
			request = request.header("If-Match", ifMatch);
		}
		return request.exchange();
	}
}
