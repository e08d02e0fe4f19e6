package io.crossback.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.crossback.ApiTestSupport;
import io.crossback.core.Conflict;
import io.crossback.core.InvalidInput;
import io.crossback.core.TenantId;
import tools.jackson.databind.JsonNode;

/**
 * Intake writes requests that arrive together in one transaction (ADR 0007): each request still gets exactly the
 * answer it would get alone, and a refused one leaves nothing behind.
 */
class GroupCommitTests extends ApiTestSupport {

	@Autowired
	CaseIntake intake;

	@Autowired
	JdbcClient jdbc;

	Actor actor;

	@BeforeEach
	void orders() {
		actor = new Actor(ActorRole.MERCHANT_API, tenant.value());
		putOrder("G-1"); // line 1: 2 items, line 2: 1 item
		putOrder("G-2");
	}

	@Test // #3
	void answersEachRequestOfABatchAsIfItHadComeAlone() {
		CaseIntake.Request earlier = request("earlier", "G-2", "2", 1, "first case on G-2");
		intake.writeTogether(List.of(earlier));

		CaseIntake.Request a = request("a", "G-1", "1", 1, "Zu klein.");
		CaseIntake.Request b = request("b", "G-1", "1", 1, null);
		CaseIntake.Request overClaimed = request("c", "G-1", "1", 1, "one too many");
		CaseIntake.Request unknownOrder = request("d", "NOPE", "1", 1, null);
		CaseIntake.Request retryOfA = request("a", "G-1", "1", 1, "Zu klein.");
		CaseIntake.Request otherWithKeyOfA = request("a", "G-1", "2", 1, "Zu klein.");
		CaseIntake.Request retryOfEarlier = request("earlier", "G-2", "2", 1, "first case on G-2");
		CaseIntake.Request claimedEarlier = request("h", "G-2", "2", 1, null);
		CaseIntake.Request i = request("i", "G-2", "1", 2, "Beide kaputt.");
		intake.writeTogether(List.of(a, b, overClaimed, unknownOrder, retryOfA, otherWithKeyOfA, retryOfEarlier,
				claimedEarlier, i));

		assertThat(List.of(a, b, i)).allSatisfy(r -> assertThat(r.result().created()).isTrue());
		assertThat(retryOfA.result().created()).isFalse();
		assertThat(retryOfA.result().result().id()).isEqualTo(a.result().result().id());
		assertThat(retryOfEarlier.result().created()).isFalse();
		assertThat(retryOfEarlier.result().result().id()).isEqualTo(earlier.result().result().id());
		assertThatThrownBy(overClaimed::result).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.errors().get(0).field()).isEqualTo("lines[0].quantity"));
		assertThatThrownBy(claimedEarlier::result).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.errors().get(0).field()).isEqualTo("lines[0].quantity"));
		assertThatThrownBy(unknownOrder::result).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.errors().get(0).field()).isEqualTo("orderId"));
		assertThatThrownBy(otherWithKeyOfA::result).isInstanceOfSatisfying(Conflict.class,
				e -> assertThat(e.problemType()).isEqualTo("idempotency-key-reused"));

		// stored: the four cases, each with its own message under the id its answer gave, and no refused key
		assertThat(get("/api/v1/cases?limit=50").body().get("items").size()).isEqualTo(4);
		assertThat(keys()).containsExactlyInAnyOrder("earlier", "a", "b", "i");
		for (CaseIntake.Request written : List.of(a, i)) {
			CaseManagement.Submission s = written.result();
			JsonNode stored = get("/api/v1/cases/" + s.result().id()).body();
			assertThat(stored.get("messages").get(0).get("id").asLong()).isEqualTo(s.messages().get(0).id());
			assertThat(stored.get("messages").get(0).get("text").asString()).isEqualTo(s.messages().get(0).text());
			assertThat(stored.get("timeline").findValuesAsString("kind")).contains("created", "message");
		}
		assertThat(b.result().messages()).isEmpty();
		assertThat(get("/api/v1/cases/" + b.result().result().id()).body().get("messages").size()).isZero();
	}

	@Test // #3
	void writesSeveralMerchantsRequestsInOneBatchEachWithItsOwnOrdersAndKeys() {
		TenantId first = tenant;
		String firstApiKey = apiKey;
		CaseIntake.Request ofFirst = request("same-key", "G-1", "1", 2, "erste");
		// a second merchant, with an order of the same id and a request under the same key
		String second = "t-" + UUID.randomUUID().toString().substring(0, 18);
		apiKey = tenants.createTenant(second, "Second merchant").apiKey();
		tenant = TenantId.of(second);
		actor = new Actor(ActorRole.MERCHANT_API, second);
		putOrder("G-1");
		CaseIntake.Request ofSecond = request("same-key", "G-1", "1", 2, "zweite");
		CaseIntake.Request overClaimedOfSecond = request("other-key", "G-1", "1", 1, null);

		intake.writeTogether(List.of(ofSecond, ofFirst, overClaimedOfSecond));

		assertThat(ofFirst.result().created()).isTrue();
		assertThat(ofFirst.result().result().tenantId()).isEqualTo(first);
		assertThat(ofSecond.result().created()).isTrue();
		assertThat(ofSecond.result().result().tenantId()).isEqualTo(tenant);
		assertThatThrownBy(overClaimedOfSecond::result).isInstanceOf(InvalidInput.class);
		JsonNode secondsCases = get("/api/v1/cases").body().get("items");
		assertThat(secondsCases.findValuesAsString("id")).containsExactly(ofSecond.result().result().id().toString());
		apiKey = firstApiKey;
		JsonNode firstsCases = get("/api/v1/cases").body().get("items");
		assertThat(firstsCases.findValuesAsString("id")).containsExactly(ofFirst.result().result().id().toString());
	}

	@Test // #3
	void aRequestThatBreaksItsBatchFailsAloneAndTheBatchLeavesNoHalfWrittenCase() {
		CaseIntake.Request first = request("k1", "G-1", "1", 1, "ok");
		// no reason: nothing the API lets through, but it makes the batch's insert fail
		CaseIntake.Request broken = new CaseIntake.Request(tenant, "broken", "broken",
				new NewCase("G-1", CaseType.RETURN, null, List.of(new CaseLine("1", 1)), "broken", Channel.API, null),
				actor);
		CaseIntake.Request last = request("k2", "G-1", "2", 1, "ok too");

		intake.writeTogether(List.of(first, broken, last));

		assertThat(first.result().created()).isTrue();
		assertThat(last.result().created()).isTrue();
		assertThatThrownBy(broken::result).isInstanceOf(RuntimeException.class);
		assertThat(keys()).containsExactlyInAnyOrder("k1", "k2");
		assertThat(jdbc.sql("select count(*) from after_sales_case_line where tenant_id = ?")
			.param(tenant.value())
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from case_message where tenant_id = ?")
			.param(tenant.value())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test // #3
	void concurrentRequestsOverTheLastItemsLeaveOneWinnerPerItem() throws Exception {
		// 12 requests at once for the 3 items of G-1 and G-2 each, one item per request: group commit or not,
		// exactly 6 are written
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<CompletableFuture<Integer>> answers = new ArrayList<>();
			for (int n = 0; n < 12; n++) {
				String order = n % 2 == 0 ? "G-1" : "G-2";
				String line = n % 4 < 2 ? "1" : "2";
				Map<String, Object> body = IntakeValidationTests.body(order, "return", "size_fit", line, 1);
				String key = "race-" + n;
				answers.add(CompletableFuture.supplyAsync(
						() -> post("/api/v1/cases", body, "Idempotency-Key", key).status(), pool));
			}
			List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
			assertThat(statuses).containsOnly(201, 400);
			assertThat(statuses.stream().filter(s -> s == 201)).hasSize(6);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(keys()).hasSize(6);
	}

	@Test // #3
	void oneKeySentForTwoOrdersAtOnceMakesOneCaseAndAConflict() throws Exception {
		// the same key with two different requests, on two orders (so no order lock puts them in line): one case per
		// key, the other request 409, and nothing of it stored (two keys: line 1 of each order has two items)
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<CompletableFuture<Response>> answers = new ArrayList<>();
			for (int n = 0; n < 4; n++) {
				String key = "twice-" + n / 2;
				Map<String, Object> body = IntakeValidationTests.body(n % 2 == 0 ? "G-1" : "G-2", "return", "size_fit",
						"1", 1);
				answers.add(CompletableFuture.supplyAsync(() -> post("/api/v1/cases", body, "Idempotency-Key", key),
						pool));
			}
			List<Response> responses = answers.stream().map(CompletableFuture::join).toList();
			for (int pair = 0; pair < 2; pair++) {
				List<Response> ofKey = responses.subList(2 * pair, 2 * pair + 2);
				assertThat(ofKey).extracting(Response::status).containsExactlyInAnyOrder(201, 409);
				assertThat(ofKey).filteredOn(r -> r.status() == 409)
					.allSatisfy(r -> assertThat(r.body().get("type").asString()).containsAnyOf("idempotency-key-reused",
							"idempotency-key-in-flight"));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(keys()).hasSize(2);
		assertThat(jdbc.sql("select count(*) from after_sales_case where tenant_id = ?")
			.param(tenant.value())
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from after_sales_case_line where tenant_id = ?")
			.param(tenant.value())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	private CaseIntake.Request request(String key, String orderId, String lineId, int quantity, String message) {
		NewCase newCase = new NewCase(orderId, CaseType.RETURN, Reason.SIZE_FIT, List.of(new CaseLine(lineId, quantity)),
				message, Channel.API, Resolution.REFUND);
		return new CaseIntake.Request(tenant, key, newCase.toString(), newCase, actor);
	}

	private List<String> keys() {
		return jdbc.sql("select key_value from case_idempotency_key where tenant_id = ?")
			.param(tenant.value())
			.query(String.class)
			.list();
	}
}
