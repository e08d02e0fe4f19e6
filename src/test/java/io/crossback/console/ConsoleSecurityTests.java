package io.crossback.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.crossback.ApiTestSupport;

/** Login, CSRF, lock-out, escaping and tenant separation of the console and the portal's pages. */
class ConsoleSecurityTests extends ApiTestSupport {

	@Autowired
	ConsoleUsers users;

	@Autowired
	ConsoleController controller;

	@Autowired
	io.crossback.routing.AgentEnrolment routing;

	@Autowired
	io.crossback.routing.Queues queues;

	@Test // #9: what the agent has not opened yet comes first, newest first; once opened, routing's priority order
	void myQueueShowsTheCasesAnAgentHasNotOpenedFirstNewestFirst() throws Exception {
		putOrder("SO-N-1", "vip");
		putOrder("SO-N-2");
		String username = "new-" + tenant.value();
		users.create(tenant, username, "pw-123456", "agent", "N");
		routing.enrolOnline(tenant, username, "N", List.of("de"), List.of("DE"), List.of("return"), 10);
		String vip = fileReturn("SO-N-1", "n1");
		String normal = fileReturn("SO-N-2", "n2");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> queues.ownedBy(tenant, username, 10).size() == 2);
		Browser b = new Browser();
		b.login(username, "pw-123456");

		String before = b.get("/console").body();
		assertThat(before.indexOf(normal)).as("the newest unopened case is on top").isPositive()
			.isLessThan(before.indexOf(vip));
		assertThat(before).contains("badge new");

		assertThat(b.get("/console/cases/" + normal).statusCode()).isEqualTo(200);
		String after = b.get("/console").body();
		assertThat(after.indexOf(vip)).as("still unopened: before the opened one").isPositive()
			.isLessThan(after.indexOf(normal));
		b.get("/console/cases/" + vip);
		String opened = b.get("/console").body();
		assertThat(opened.indexOf(vip)).as("both opened: the VIP's higher priority first")
			.isLessThan(opened.indexOf(normal));
		assertThat(opened).doesNotContain("badge new");
	}

	@Test // #9
	void locksAnAccountAfterRepeatedFailures() throws Exception {
		String username = "lock-" + tenant.value();
		users.create(tenant, username, "right-password", "agent", "A");
		Browser b = new Browser();
		for (int i = 0; i < ConsoleUsers.MAX_FAILURES; i++) {
			assertThat(b.login(username, "wrong")).contains("/login?error");
		}
		assertThat(b.login(username, "right-password")).contains("/login?error");
		assertThat(new Browser().login("agent-not-there", "x")).contains("/login?error");
	}

	@Test // #9
	void refusesAFormPostWithoutTheCsrfToken() throws Exception {
		String username = "csrf-" + tenant.value();
		users.create(tenant, username, "pw-123456", "agent", "A");
		Browser b = new Browser();
		assertThat(b.login(username, "pw-123456")).endsWith("/console");
		HttpResponse<String> r = b.post("/console/cases/00000000-0000-0000-0000-000000000000/messages", "text=hi");
		assertThat(r.statusCode()).isEqualTo(403);
	}

	@Test // #9
	void escapesCustomerTextAndShowsNoOtherTenantsCase() throws Exception {
		putOrder("SO-X-1");
		var created = post("/api/v1/cases", Map.of("orderId", "SO-X-1", "type", "return", "reason", "size_fit", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1)), "message", "<script>alert('x')</script>"),
				"Idempotency-Key", "k");
		String caseId = created.body().get("id").asString();
		String tracking = created.body().get("trackingUrl").asString().replaceFirst("https?://[^/]+", "");
		String username = "xss-" + tenant.value();
		users.create(tenant, username, "pw-123456", "agent", "A");

		Browser b = new Browser();
		b.login(username, "pw-123456");
		String page = b.get("/console/cases/" + caseId).body();
		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
		String trackingPage = new Browser().get(tracking).body();
		assertThat(trackingPage).doesNotContain("<script>alert").contains("&lt;script&gt;alert");

		String otherTenant = "o-" + tenant.value().substring(2);
		tenants.createTenant(otherTenant, "Other");
		users.create(io.crossback.core.TenantId.of(otherTenant), "other-" + tenant.value(), "pw-123456", "agent", "B");
		Browser other = new Browser();
		other.login("other-" + tenant.value(), "pw-123456");
		assertThat(other.get("/console/cases/" + caseId).statusCode()).isEqualTo(404);
		assertThat(other.get("/console").body()).doesNotContain(caseId);
		assertThat(new Browser().get(tracking.replace("/portal/" + tenant.value(), "/portal/" + otherTenant))
			.statusCode()).isEqualTo(404);
	}

	@Test // #9
	void anAgentCorrectsTheTriageAndTheCaseShowsTheCorrection() throws Exception {
		putOrder("SO-T-1");
		var created = post("/api/v1/cases", Map.of("orderId", "SO-T-1", "type", "return", "reason", "defective", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1)), "message", "Der Schuh ist kaputt angekommen."),
				"Idempotency-Key", "k");
		String caseId = created.body().get("id").asString();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.until(() -> get("/api/v1/cases/" + caseId).body().path("triage").has("category"));
		String before = get("/api/v1/cases/" + caseId).body().path("triage").path("category").asString();
		String corrected = before.equals("wrong_item") ? "size_fit" : "wrong_item";
		String username = "triage-" + tenant.value();
		users.create(tenant, username, "pw-123456", "agent", "A");
		Browser b = new Browser();
		b.login(username, "pw-123456");
		String page = b.get("/console/cases/" + caseId).body();
		assertThat(page).contains("id=\"triage-form\"").containsPattern("value=\"" + before + "\"\\s+selected");

		HttpResponse<String> r = b.post("/console/cases/" + caseId + "/triage", "category=" + corrected
				+ "&emotions=anger&_csrf=" + Browser.enc(Browser.csrf(page)));
		assertThat(r.statusCode()).isEqualTo(302);
		var triage = get("/api/v1/cases/" + caseId).body().path("triage");
		assertThat(triage.path("category").asString()).isEqualTo(corrected);
		assertThat(triage.path("categoryCorrected").asBoolean()).isTrue();
		assertThat(b.get("/console/cases/" + caseId).body()).contains("the correction is stored");

		b.post("/console/cases/" + caseId + "/triage", "category=%3Cb%3Enope&_csrf="
				+ Browser.enc(Browser.csrf(b.get("/console/cases/" + caseId).body())));
		String refused = b.get("/console/cases/" + caseId).body();
		assertThat(refused).contains("That did not work").doesNotContain("<b>nope");
		assertThat(get("/api/v1/cases/" + caseId).body().path("triage").path("category").asString()).isEqualTo(corrected);
	}

	@Test // #9
	void theDashboardShowsReturnRatesByCategoryAndMarketToTeamLeadsOnly() throws Exception {
		putOrder("SO-R-1");
		putOrder("SO-R-2");
		post("/api/v1/cases", Map.of("orderId", "SO-R-1", "type", "return", "reason", "size_fit", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1))), "Idempotency-Key", "r1");
		var rates = controller.returnRates(tenant);
		assertThat(rates.byCategory()).containsEntry("shoes", 25.0).containsEntry("apparel", 0.0);
		assertThat(rates.byMarket()).containsExactly(Map.entry("DE", 50.0));

		String lead = "rates-lead-" + tenant.value();
		users.create(tenant, lead, "pw-123456", "team_lead", "L");
		Browser b = new Browser();
		b.login(lead, "pw-123456");
		String page = b.get("/console/dashboard").body();
		assertThat(page).contains("id=\"rateByCategory\"", "id=\"rateByMarket\"", "25.0 %", "50.0 %");
		String agent = "rates-agent-" + tenant.value();
		users.create(tenant, agent, "pw-123456", "agent", "A");
		Browser a = new Browser();
		a.login(agent, "pw-123456");
		assertThat(a.get("/console/dashboard").statusCode()).isEqualTo(403);
	}

	@Test // #9
	void servesACustomersPhotoOnlyToItsOwnTenantsAgentsWithItsCheckedType() throws Exception {
		putOrder("SO-PH-1");
		byte[] png = new byte[2048];
		new java.util.Random(7).nextBytes(png);
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, png, 0, 8);
		Browser customer = new Browser();
		String start = customer.get("/portal/" + tenant.value()).body();
		String order = customer.post("/portal/" + tenant.value() + "/lookup",
				"orderId=SO-PH-1&email=anna%40example.de&_csrf=" + Browser.enc(Browser.csrf(start))).body();
		String boundary = "b" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		for (var field : Map.of("orderId", "SO-PH-1", "email", "anna@example.de", "qty-1", "1", "reason", "size_fit",
				"_csrf", Browser.csrf(order)).entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"x.html\""
				+ "\r\nContent-Type: text/html\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(png);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> filed = customer.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/portal/" + tenant.value() + "/requests"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(filed.statusCode()).isEqualTo(302);
		String caseId = get("/api/v1/cases?orderId=SO-PH-1").body().path("items").get(0).path("id").asString();

		String username = "photo-" + tenant.value();
		users.create(tenant, username, "pw-123456", "agent", "A");
		Browser agent = new Browser();
		agent.login(username, "pw-123456");
		Matcher link = Pattern.compile("/console/cases/" + caseId + "/photos/[0-9a-f-]{36}")
			.matcher(agent.get("/console/cases/" + caseId).body());
		assertThat(link.find()).isTrue();
		HttpResponse<byte[]> photo = agent.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + link.group())).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.body()).isEqualTo(png);
		assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(photo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

		String otherTenant = "p-" + tenant.value().substring(2);
		tenants.createTenant(otherTenant, "Other");
		users.create(io.crossback.core.TenantId.of(otherTenant), "photo-other-" + tenant.value(), "pw-123456", "agent",
				"B");
		Browser other = new Browser();
		other.login("photo-other-" + tenant.value(), "pw-123456");
		assertThat(other.get(link.group()).statusCode()).isEqualTo(404);
		assertThat(new Browser().get(link.group()).statusCode()).as("not logged in").isIn(302, 401, 403);
	}

	/** A cookie-keeping client that logs in like a browser (fetching the login form's CSRF token first). */
	class Browser {

		final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		String login(String username, String password) throws Exception {
			String form = get("/login").body();
			HttpResponse<String> r = post("/login", "username=" + enc(username) + "&password=" + enc(password)
					+ "&_csrf=" + enc(csrf(form)));
			return r.headers().firstValue("Location").orElse("");
		}

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		static String csrf(String page) {
			Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
			return m.find() ? m.group(1) : "";
		}

		static String enc(String s) {
			return URLEncoder.encode(s, StandardCharsets.UTF_8);
		}
	}
}
