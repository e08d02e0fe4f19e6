package io.crossback.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.crossback.ApiTestSupport;

/** Retries are safe and concurrent edits are caught. */
class IdempotencyAndConcurrencyTests extends ApiTestSupport {

	Map<String, Object> request = IntakeValidationTests.body("SO-5", "return", "size_fit", "1", 1);

	@Test // #3
	void answersARetryWithTheSameCase() {
		putOrder("SO-5");
		Response first = post("/api/v1/cases", request, "Idempotency-Key", "retry-me");
		Response retry = post("/api/v1/cases", request, "Idempotency-Key", "retry-me");

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
		assertThat(get("/api/v1/cases?orderId=SO-5").body().get("items").size()).isEqualTo(1);
	}

	@Test // #3
	void refusesTheSameKeyForADifferentRequest() {
		putOrder("SO-5");
		post("/api/v1/cases", request, "Idempotency-Key", "once");

		Response other = post("/api/v1/cases", IntakeValidationTests.body("SO-5", "return", "defective", "2", 1),
				"Idempotency-Key", "once");

		assertThat(other.status()).isEqualTo(409);
		assertThat(other.body().get("type").asString()).endsWith("/idempotency-key-reused");
		assertThat(get("/api/v1/cases?orderId=SO-5").body().get("items").size()).isEqualTo(1);
	}

	@Test // #3
	void keysBelongToTheirTenant() {
		putOrder("SO-5");
		post("/api/v1/cases", request, "Idempotency-Key", "shared-key");
		String firstTenantKey = apiKey;
		freshTenantForThisTest();
		putOrder("SO-5");

		Response r = post("/api/v1/cases", request, "Idempotency-Key", "shared-key");

		assertThat(r.status()).isEqualTo(201);
		assertThat(apiKey).isNotEqualTo(firstTenantKey);
	}

	@Test // #3
	void createsOneCaseWhenTheSameRequestArrivesTwiceAtOnce() throws Exception {
		putOrder("SO-5");
		List<Response> answers = concurrently(2,
				() -> post("/api/v1/cases", request, "Idempotency-Key", "parallel"));

		assertThat(answers).allSatisfy(r -> assertThat(r.status()).isIn(200, 201));
		assertThat(answers.get(0).body().get("id")).isEqualTo(answers.get(1).body().get("id"));
		assertThat(get("/api/v1/cases?orderId=SO-5").body().get("items").size()).isEqualTo(1);
	}

	@Test // #3
	void letsOneOfTwoConcurrentActionsWin() throws Exception {
		putOrder("SO-5");
		String id = post("/api/v1/cases", request, "Idempotency-Key", "k").body().get("id").asString();

		List<Response> answers = concurrently(2, () -> post("/api/v1/cases/" + id + "/actions/approve", Map.of(),
				"If-Match", "\"1\""));

		assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 412);
		var after = get("/api/v1/cases/" + id).body();
		assertThat(after.get("version").asLong()).isEqualTo(2);
		assertThat(after.get("timeline")
			.valueStream()
			.filter(e -> e.get("kind").asString().equals("transition"))
			.count()).isEqualTo(1);
	}

	@Test // #3
	void refusesAStaleVersionAndAMissingOne() {
		putOrder("SO-5");
		String id = post("/api/v1/cases", request, "Idempotency-Key", "k").body().get("id").asString();
		post("/api/v1/cases/" + id + "/actions/approve", Map.of(), "If-Match", "\"1\"");

		Response stale = post("/api/v1/cases/" + id + "/actions/cancel", Map.of(), "If-Match", "\"1\"");
		Response missing = post("/api/v1/cases/" + id + "/actions/cancel", Map.of());

		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(2);
		assertThat(missing.status()).isEqualTo(428);
	}

	void freshTenantForThisTest() {
		String id = "t-" + java.util.UUID.randomUUID().toString().substring(0, 18);
		apiKey = tenants.createTenant(id, "Second merchant").apiKey();
		tenant = io.crossback.core.TenantId.of(id);
	}

	static List<Response> concurrently(int n, java.util.function.Supplier<Response> call) throws Exception {
		CyclicBarrier start = new CyclicBarrier(n);
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			List<CompletableFuture<Response>> futures = new java.util.ArrayList<>();
			for (int i = 0; i < n; i++) {
				futures.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
					return call.get();
				}, pool));
			}
			return futures.stream().map(CompletableFuture::join).toList();
		}
		finally {
			pool.shutdown();
		}
	}
}
