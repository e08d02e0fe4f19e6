package io.crossback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Who may call the API, and what each caller sees. */
class ApiAccessTests extends ApiTestSupport {

	@Test // #3
	void answersAMissingKeyWithAProblem() {
		Response r = raw("GET", "/api/v1/cases", null, Map.of());
		assertThat(r.status()).isEqualTo(401);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.body().get("type").asString()).isEqualTo("https://crossback.io/problems/unauthenticated");
		assertThat(r.body().get("status").asInt()).isEqualTo(401);
	}

	@Test // #3
	void answersAWrongKeyWithAProblem() {
		Response r = raw("GET", "/api/v1/cases", null, Map.of("Authorization", "Bearer cb_not-a-key"));
		assertThat(r.status()).isEqualTo(401);
		assertThat(r.body().get("detail").asString()).contains("API key");
	}

	@Test // #3
	void showsEachTenantOnlyItsOwnData() {
		putOrder("SO-1");
		String caseId = post("/api/v1/cases", Map.of("orderId", "SO-1", "type", "return", "reason", "size_fit", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1))), "Idempotency-Key", "k").body().get("id").asString();
		String otherKey = tenants.createTenant("other-" + tenant.value().substring(2), "Other").apiKey();
		Map<String, String> other = Map.of("Authorization", "Bearer " + otherKey);

		assertThat(raw("GET", "/api/v1/cases/" + caseId, null, other).status()).isEqualTo(404);
		assertThat(raw("GET", "/api/v1/orders/SO-1", null, other).status()).isEqualTo(404);
		assertThat(raw("GET", "/api/v1/cases", null, other).body().get("items").size()).isZero();
		assertThat(raw("POST", "/api/v1/cases/" + caseId + "/actions/approve", "{}",
				Map.of("Authorization", "Bearer " + otherKey, "If-Match", "\"1\"")).status()).isEqualTo(404);
	}

	@Test // #3
	void servesHealthMetricsAndTheApiDescriptionWithoutAKey() {
		assertThat(raw("GET", "/actuator/health/readiness", null, Map.of()).body().get("status").asString())
			.isEqualTo("UP");
		var docs = raw("GET", "/v3/api-docs", null, Map.of());
		assertThat(docs.body().get("openapi").asString()).startsWith("3.1");
		assertThat(docs.body().get("paths").propertyNames()).contains("/api/v1/cases", "/api/v1/cases/{id}",
				"/api/v1/cases/{id}/actions/{action}", "/api/v1/cases/{id}/messages", "/api/v1/orders/{orderId}");
		var prometheus = HttpGet.text("http://localhost:" + port + "/actuator/prometheus");
		assertThat(prometheus).contains("http_server_requests");
	}

	static final class HttpGet {

		static String text(String url) {
			try {
				return java.net.http.HttpClient.newHttpClient()
					.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
							java.net.http.HttpResponse.BodyHandlers.ofString())
					.body();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
