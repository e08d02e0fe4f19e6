package io.crossback.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.crossback.CrossbackApplication;
import io.crossback.tenancy.TenantManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake as it runs by default (ADR 0006): the case is answered before policy, sla, routing and triage react; a
 * worker runs those reactions afterwards, once, on whichever instance takes them; a change to the case runs them
 * first. Two application instances share one database here: {@code quiet} has no worker (its intakes wait until a
 * test drains them), {@code working} has one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeferredIntakeTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static String databaseUrl;

	static String schema;

	/** Both instances read each other's orders: one personal-data key, as a real deployment shares. */
	static final String PERSONAL_DATA_KEY = Base64.getEncoder().encodeToString(new byte[32]);

	static ConfigurableApplicationContext quiet;

	static ConfigurableApplicationContext working;

	@BeforeAll
	static void startAnInstanceWithoutWorker() {
		schema = "ctx_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		String pg = System.getProperty("spring.datasource.url", "");
		String base = pg.replaceAll("[?&]currentSchema=[^&]*", "");
		databaseUrl = pg.startsWith("jdbc:postgresql:")
				? base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema
				: "jdbc:h2:mem:" + schema
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		quiet = instance(false);
	}

	@AfterAll
	static void stopInstances() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { working, quiet }) {
			if (context != null) {
				context.close();
			}
		}
	}

	@Test // #3
	@Order(1)
	void answersBeforeTheReactionsAndShowsThemOnceTheyRan() {
		Merchant m = new Merchant();
		m.putOrder("SO-D1");

		HttpResponse<String> created = m.postCase("SO-D1", "k1", "Die Schuhe sind zu klein.");

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = json(created);
		assertThat(body.get("status").asString()).isEqualTo("submitted");
		assertThat(body.get("message").asString()).isEqualTo("Die Schuhe sind zu klein.");
		assertThat(body.get("timeline")).extracting(e -> e.get("kind").asString()).containsExactly("created", "message");
		assertThat(body.get("sla").isNull()).isTrue();
		assertThat(body.get("triage").isNull()).isTrue();
		String id = body.get("id").asString();
		assertThat(json(m.get("/api/v1/cases/" + id)).get("sla").isNull()).isTrue();

		quiet.getBean(IntakeReactionWorker.class).drain();

		JsonNode after = json(m.get("/api/v1/cases/" + id));
		assertThat(after.get("messages").get(0).get("id").asLong())
			.isEqualTo(body.get("messages").get(0).get("id").asLong());
		assertThat(after.get("sla").get("metrics").size()).isPositive();
		assertThat(after.get("triage").get("language").asString()).isEqualTo("de");
		assertThat(after.get("policy").get("ruleVersion").asString()).isNotBlank();
		assertThat(after.get("timeline")).extracting(e -> e.get("kind").asString()).contains("assessment");
		assertThat(after.get("eligible").isBoolean()).isTrue();
		assertThat(quiet.getBean(CaseManagement.class).pendingIntakes()).isZero();
	}

	@Test // #3
	@Order(2)
	void aChangeToTheCaseRunsItsPendingReactionsFirst() {
		Merchant m = new Merchant();
		m.putOrder("SO-D2");
		String id = json(m.postCase("SO-D2", "k2", "Wo bleibt mein Geld?")).get("id").asString();

		HttpResponse<String> approved = m.post("/api/v1/cases/" + id + "/actions/approve", "{}", "If-Match", "\"1\"");

		assertThat(approved.statusCode()).isEqualTo(200);
		JsonNode after = json(approved);
		List<String> kinds = new ArrayList<>();
		after.get("timeline").forEach(e -> kinds.add(e.get("kind").asString()));
		assertThat(kinds).containsSubsequence("created", "message", "assessment", "transition");
		assertThat(after.get("sla").get("metrics").size()).isPositive();
		assertThat(after.get("triage").get("language").asString()).isEqualTo("de");
	}

	@Test // #3
	@Order(3)
	void anotherInstanceTakesWhatOneLeftAndTwoWorkersRunEachIntakeOnce() throws Exception {
		Merchant m = new Merchant();
		int orders = 20;
		for (int i = 0; i < orders; i++) {
			m.putOrder("SO-W" + i);
		}
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			ids.add(json(m.postCase("SO-W" + i, "left-" + i, "Das Paket ist beschädigt angekommen.")).get("id")
				.asString());
		}
		if (working == null) {
			working = instance(true);
		}
		// while the working instance's worker runs, the quiet instance takes intakes and drains them from here too
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<CompletableFuture<String>> posted = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				int n = i;
				posted.add(CompletableFuture.supplyAsync(() -> json(m.postCase("SO-W" + (n % orders), "both-" + n,
						"Ich möchte die Jacke zurückgeben.")).get("id").asString(), clients));
			}
			IntakeReactionWorker quietWorker = quiet.getBean(IntakeReactionWorker.class);
			while (!posted.stream().allMatch(CompletableFuture::isDone)) {
				quietWorker.drain();
			}
			for (CompletableFuture<String> p : posted) {
				ids.add(p.get());
			}
			quietWorker.drain();
		}
		finally {
			clients.shutdown();
		}

		CaseManagement cases = working.getBean(CaseManagement.class);
		await().atMost(Duration.ofSeconds(30)).until(() -> cases.pendingIntakes() == 0);
		JdbcClient jdbc = working.getBean(JdbcClient.class);
		assertThat(ids).hasSize(90).doesNotHaveDuplicates();
		assertThat(jdbc.sql("""
				select count(*) from case_timeline where tenant_id = ? and kind = 'assessment'
				group by case_id having count(*) <> 1""").param(m.tenant).query(Long.class).list())
			.as("cases with other than one assessment entry")
			.isEmpty();
		assertThat(count(jdbc, "select count(*) from case_timeline where tenant_id = ? and kind = 'assessment'",
				m.tenant)).isEqualTo(90);
		assertThat(count(jdbc, "select count(*) from sla_case where tenant_id = ?", m.tenant)).isEqualTo(90);
		assertThat(count(jdbc, "select count(distinct case_id) from triage_result where tenant_id = ?", m.tenant))
			.isEqualTo(90);
		assertThat(count(jdbc, "select count(*) from triage_result where tenant_id = ?", m.tenant)).isEqualTo(90);
		assertThat(count(jdbc, "select count(*) from policy_decision where tenant_id = ?", m.tenant)).isEqualTo(90);
	}

	@Test // #3
	@Order(4)
	void aCaseWhoseReactionsFailWaitsForARetryWithoutHoldingTheOthersBack() {
		Merchant m = new Merchant();
		m.putOrder("POISON-1");
		m.putOrder("SO-F1");
		String poisoned = json(m.postCase("POISON-1", "p1", "Kaputt.")).get("id").asString();
		String healthy = json(m.postCase("SO-F1", "h1", "Zu klein.")).get("id").asString();

		quiet.getBean(IntakeReactionWorker.class).drain();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !json(m.get("/api/v1/cases/" + healthy)).get("sla").isNull());
		JdbcClient jdbc = quiet.getBean(JdbcClient.class);
		Map<String, Object> pending = jdbc
			.sql("select attempts, last_error, not_before from case_intake_pending where tenant_id = ? and case_id = ?")
			.params(m.tenant, UUID.fromString(poisoned))
			.query()
			.singleRow();
		assertThat(((Number) pending.get("attempts")).intValue()).isPositive();
		assertThat((String) pending.get("last_error")).contains("assessor down");
		assertThat(json(m.get("/api/v1/cases/" + poisoned)).get("sla").isNull()).isTrue();
		assertThat(IntakeReactionWorker.retryDelay(0)).isEqualTo(Duration.ofSeconds(1));
		assertThat(IntakeReactionWorker.retryDelay(3)).isEqualTo(Duration.ofSeconds(8));
		assertThat(IntakeReactionWorker.retryDelay(30)).isEqualTo(Duration.ofMinutes(10));
	}

	/** Fails the assessment of cases on orders named POISON-…, as a broken module would. */
	static class PoisonedAssessor {

		@Bean
		CaseIntakeAssessor poisonedAssessor() {
			return intake -> {
				if (intake.orderId().startsWith("POISON-")) {
					throw new IllegalStateException("assessor down for " + intake.orderId());
				}
				return Optional.empty();
			};
		}
	}

	private static long count(JdbcClient jdbc, String sql, String tenant) {
		return jdbc.sql(sql).param(tenant).query(Long.class).single();
	}

	private static ConfigurableApplicationContext instance(boolean worker) {
		// arguments, not builder properties: those are defaults, below the test profile's and system properties
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + databaseUrl, "--crossback.cases.reactions.inline=false",
				"--crossback.cases.reactions.worker=" + worker, "--crossback.cases.reactions.poll-interval=PT0.2S",
				"--crossback.privacy.personal-data-key=" + PERSONAL_DATA_KEY));
		if (databaseUrl.startsWith("jdbc:postgresql:")) {
			arguments.add("--spring.flyway.schemas=" + schema);
		}
		return new SpringApplicationBuilder(CrossbackApplication.class, PoisonedAssessor.class)
			.web(WebApplicationType.SERVLET)
			.run(arguments.toArray(String[]::new));
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		return JSON.readTree(response.body());
	}

	/** A merchant of its own, calling both instances by turns. */
	static final class Merchant {

		final String tenant = "d-" + UUID.randomUUID().toString().substring(0, 12);

		final String apiKey = quiet.getBean(TenantManagement.class).createTenant(tenant, "Deferred " + tenant).apiKey();

		private final AtomicInteger calls = new AtomicInteger();

		void putOrder(String orderId) {
			// delivered two days ago: within the withdrawal period, so the case is eligible and approvable
			Instant delivered = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(2, ChronoUnit.DAYS);
			String body = """
					{"customer": {"id": "C-1", "email": "anna@example.de", "name": "Anna", "language": "de",
					 "country": "DE"}, "destinationCountry": "DE", "currency": "EUR",
					 "placedAt": "%s", "deliveredAt": "%s", "paymentMethod": "card",
					 "lines": [{"lineId": "1", "sku": "S", "name": "Shoe", "quantity": 100, "unitPrice": "59.90"}]}"""
				.formatted(delivered.minus(3, ChronoUnit.DAYS), delivered);
			assertThat(send("PUT", "/api/v1/orders/" + orderId, body).statusCode()).isLessThan(300);
		}

		HttpResponse<String> postCase(String orderId, String key, String message) {
			return post("/api/v1/cases", JSON.writeValueAsString(Map.of("orderId", orderId, "type", "return", "reason",
					"size_fit", "lines", List.of(Map.of("lineId", "1", "quantity", 1)), "message", message, "channel",
					"portal", "preferredResolution", "refund")), "Idempotency-Key", key);
		}

		HttpResponse<String> get(String path) {
			return send("GET", path, null);
		}

		HttpResponse<String> post(String path, String body, String... headers) {
			return send("POST", path, body, headers);
		}

		private HttpResponse<String> send(String method, String path, String body, String... headers) {
			ConfigurableApplicationContext target = working != null && calls.getAndIncrement() % 2 == 1 ? working : quiet;
			int port = ((WebServerApplicationContext) target).getWebServer().getPort();
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + apiKey)
				.header("Content-Type", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body));
			for (int i = 0; i < headers.length; i += 2) {
				request.header(headers[i], headers[i + 1]);
			}
			try {
				return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
