package io.crossback;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.crossback.core.TenantId;
import io.crossback.tenancy.TenantManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of API tests: a real server on a random port over the test database (H2, or PostgreSQL with the postgres
 * profile), and a fresh tenant with its own API key for every test, so tests never see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@Autowired
	protected TenantManagement tenants;

	@Autowired
	protected JsonMapper json;

	protected TenantId tenant;

	protected String apiKey;

	@BeforeEach
	void freshTenant() {
		String id = "t-" + UUID.randomUUID().toString().substring(0, 18);
		apiKey = tenants.createTenant(id, "Test merchant " + id).apiKey();
		tenant = TenantId.of(id);
	}

	protected Response get(String path) {
		return send("GET", path, null, Map.of());
	}

	protected Response put(String path, Object body) {
		return send("PUT", path, body, Map.of());
	}

	protected Response post(String path, Object body, String... headers) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			map.put(headers[i], headers[i + 1]);
		}
		return send("POST", path, body, map);
	}

	/** Sends a request with this test's API key; {@code body} is JSON text if a String, else serialised. */
	protected Response send(String method, String path, Object body, Map<String, String> headers) {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Authorization", "Bearer " + apiKey);
		all.putAll(headers);
		return raw(method, path, body, all);
	}

	protected Response raw(String method, String path, Object body, Map<String, String> headers) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
			headers.forEach(request::header);
			if (body == null) {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			else {
				String text = body instanceof String s ? s : json.writeValueAsString(body);
				request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
			}
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response, response.body().isEmpty() ? null
					: json.readTree(response.body()));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * When {@link #putOrder} orders arrive: two days ago, so a case opened on one today is within every statutory
	 * return period (the policy module judges cases against the real date).
	 */
	protected static final Instant DELIVERED_AT = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(2));

	/** An order the tests can open cases on: two lines, delivered into Germany two days ago. */
	protected void putOrder(String orderId) {
		putOrder(orderId, "standard");
	}

	/** Like {@link #putOrder(String)}, for a customer of the given tier ({@code standard} or {@code vip}). */
	protected void putOrder(String orderId, String tier) {
		Response r = put("/api/v1/orders/" + orderId, json.readTree("""
				{"customer": {"id": "C-77", "email": "anna@example.de", "name": "Anna Schmidt", "language": "de",
				  "country": "DE", "tier": "%s"},
				 "destinationCountry": "DE", "currency": "EUR", "placedAt": "%s",
				 "deliveredAt": "%s", "paymentMethod": "card",
				 "lines": [{"lineId": "1", "sku": "SHOE-42", "name": "Trail running shoe", "category": "shoes",
				            "quantity": 2, "unitPrice": "59.90", "itemKind": "normal"},
				           {"lineId": "2", "sku": "SOCK-1", "name": "Socks", "category": "apparel",
				            "quantity": 1, "unitPrice": "9.95", "itemKind": "normal"}]}"""
			.formatted(tier, DELIVERED_AT.minus(Duration.ofDays(4)), DELIVERED_AT)));
		if (r.status() != 201 && r.status() != 200) {
			throw new IllegalStateException("order not stored: " + r);
		}
	}

	/** An order delivered into Germany 90 days ago, past every statutory return period: one line of one item. */
	protected void putLateOrder(String orderId) {
		putOneItemOrder(orderId, "de", "DE", Instant.now().minus(Duration.ofDays(90)), "normal");
	}

	/** An order of one item of the given kind, delivered into {@code country} at {@code deliveredAt}. */
	protected void putOneItemOrder(String orderId, String language, String country, Instant deliveredAt,
			String itemKind) {
		Instant delivered = deliveredAt.truncatedTo(ChronoUnit.SECONDS);
		Response r = put("/api/v1/orders/" + orderId, json.readTree("""
				{"customer": {"id": "C-9", "language": "%s", "country": "%s", "tier": "standard"},
				 "destinationCountry": "%s", "currency": "EUR", "placedAt": "%s", "deliveredAt": "%s",
				 "paymentMethod": "card",
				 "lines": [{"lineId": "1", "sku": "X-1", "name": "Item", "category": "misc", "quantity": 1,
				            "unitPrice": "49.00", "itemKind": "%s"}]}"""
			.formatted(language, country, country, delivered.minus(Duration.ofDays(3)), delivered, itemKind)));
		if (r.status() != 201 && r.status() != 200) {
			throw new IllegalStateException("order not stored: " + r);
		}
	}

	/** Files a German customer's return of one unit of the order's line 1 (channel portal); answers the case id. */
	protected String fileReturn(String orderId, String idempotencyKey) {
		Response created = post("/api/v1/cases", Map.of("orderId", orderId, "type", "return", "reason", "size_fit",
				"lines", List.of(Map.of("lineId", "1", "quantity", 1)), "message", "Bitte zurücknehmen", "channel",
				"portal"), "Idempotency-Key", idempotencyKey);
		if (created.status() != 201) {
			throw new IllegalStateException("case not created: " + created);
		}
		return created.body().get("id").asString();
	}

	public record Response(int status, HttpResponse<String> http, JsonNode body) {

		public String header(String name) {
			return http.headers().firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return status + " " + (body == null ? "" : body.toString());
		}
	}
}
