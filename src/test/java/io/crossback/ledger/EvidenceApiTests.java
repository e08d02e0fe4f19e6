package io.crossback.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import io.crossback.ApiTestSupport;
import io.crossback.ledger.tlog.Checkpoint;
import io.crossback.ledger.tlog.Hashes;
import io.crossback.ledger.tlog.ProofVerifier;
import io.crossback.ledger.tlog.SignedNote;
import tools.jackson.databind.JsonNode;

/**
 * A real return over HTTP: its key steps land in the log without anyone calling the ledger, and the case's evidence
 * bundle, from the tenant API and from the public tracking link, verifies against the signed checkpoint.
 */
class EvidenceApiTests extends ApiTestSupport {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final String PHOTO = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	@Test // #8
	void keyStepsOfAReturnAreProvableFromItsEvidenceBundle() throws Exception {
		putOrder("SO-L1");
		JsonNode submitted = post("/api/v1/cases", Map.of("orderId", "SO-L1", "type", "return", "reason", "size_fit",
				"lines", List.of(Map.of("lineId", "1", "quantity", 1)), "message", "Die Schuhe sind zu klein.",
				"channel", "portal", "preferredResolution", "refund"), "Idempotency-Key", "ledger-1").body();
		String id = submitted.get("id").asString();
		act(id, "approve", 1, Map.of());
		act(id, "issue_label", 2, Map.of("carrier", "dhl", "trackingNumber", "JD014600003828"));
		act(id, "ship", 3, Map.of("carrier", "dhl", "trackingNumber", "JD014600003828"));
		act(id, "receive", 4, Map.of());
		act(id, "inspect", 5, Map.of("grade", "A", "note", "Anna says unworn", "photoSha256", PHOTO));
		act(id, "resolve", 6, Map.of("resolution", "refund"));
		act(id, "confirm_refund", 7, Map.of("paymentReference", "re_3PqL2x"));
		act(id, "close", 8, Map.of());

		JsonNode bundle = await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/api/v1/cases/" + id + "/evidence").body(), b -> b.get("entries").size() == 8);
		assertThat(bundle.get("entries").valueStream().map(e -> e.get("event").asString()).toList())
			.containsExactly("case_created", "approved", "label_issued", "pickup", "received", "inspected", "resolved",
					"refund_confirmed");
		verify(bundle);

		String inspected = new String(Base64.getDecoder().decode(bundle.get("entries").get(5).get("leafData")
			.asString()), StandardCharsets.UTF_8);
		assertThat(inspected).contains("\"photoSha256\":\"" + PHOTO + "\"")
			.contains("\"actorRole\":\"agent\"")
			.doesNotContain("Anna")
			.doesNotContain("unworn");

		String token = submitted.get("trackingUrl").asString().replaceAll(".*/track/", "");
		Response publicBundle = raw("GET", "/api/v1/tracking/" + token + "/evidence", null, Map.of());
		assertThat(publicBundle.status()).isEqualTo(200);
		verify(publicBundle.body());
	}

	@Test // #8
	void goodwillDisputeAndRejectionLandInTheLogWithoutTheirFreeText() throws Exception {
		putLateOrder("SO-L2");
		String late = submit("SO-L2", "ledger-2");
		act(late, "approve", 1, Map.of("reason", "Frau Weber is a loyal customer"));
		act(late, "ship", 2, Map.of("carrier", "ups", "trackingNumber", "1Z999AA10123456784"));
		act(late, "receive", 3, Map.of());
		act(late, "inspect", 4, Map.of("grade", "C", "disposition", "refurbish"));
		act(late, "resolve", 5, Map.of("resolution", "store_credit"));
		act(late, "dispute", 6, Map.of("reason", "I wanted my money back, call me on 0171 555"));
		act(late, "decide_dispute", 7, Map.of("resolution", "refund"));
		putOrder("SO-L3");
		String rejected = submit("SO-L3", "ledger-3");
		act(rejected, "reject", 1, Map.of("reason", "Worn by Herr Schulz"));

		JsonNode bundle = await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/api/v1/cases/" + late + "/evidence").body(), b -> b.get("entries").size() == 8);
		assertThat(bundle.get("entries").valueStream().map(e -> e.get("event").asString()).toList())
			.containsExactly("case_created", "goodwill_override", "pickup", "received", "inspected", "resolved",
					"dispute_opened", "dispute_decided");
		verify(bundle);
		JsonNode rejectedBundle = await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/api/v1/cases/" + rejected + "/evidence").body(), b -> b.get("entries").size() == 2);
		assertThat(rejectedBundle.get("entries").get(1).get("event").asString()).isEqualTo("rejected");

		StringBuilder leaves = new StringBuilder();
		for (JsonNode b : List.of(bundle, rejectedBundle)) {
			b.get("entries").forEach(e -> leaves.append(new String(
					Base64.getDecoder().decode(e.get("leafData").asString()), StandardCharsets.UTF_8)));
		}
		assertThat(leaves.toString()).doesNotContain("Weber", "Schulz", "0171 555", "money", "1Z999", "refurbish");
		// the facts enter as one digest of their canonical JSON, which a holder of the facts can recompute
		JsonNode inspected = json.readTree(Base64.getDecoder().decode(bundle.get("entries").get(4).get("leafData")
			.asString()));
		assertThat(inspected.get("evidence").get("facts").asString()).isEqualTo(LogEntry
			.digestOf(new java.util.TreeMap<>(Map.of("grade", "C", "disposition", "refurbish", "from", "received",
					"to", "inspected"))));
	}

	String submit(String orderId, String key) {
		Response r = post("/api/v1/cases", Map.of("orderId", orderId, "type", "return", "reason", "no_reason", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1)), "channel", "portal"), "Idempotency-Key", key);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.body().get("id").asString();
	}

	@Test // #8
	void anEntryIsShownToItsOwnTenantOnly() {
		putOrder("SO-L2");
		String id = post("/api/v1/cases", Map.of("orderId", "SO-L2", "type", "return", "reason", "defective",
				"lines", List.of(Map.of("lineId", "1", "quantity", 1)), "channel", "portal", "preferredResolution",
				"refund"), "Idempotency-Key", "ledger-2").body().get("id").asString();
		JsonNode bundle = await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/api/v1/cases/" + id + "/evidence").body(), b -> b.get("entries").size() == 1);
		long index = bundle.get("entries").get(0).get("leafIndex").asLong();

		Response own = get("/api/v1/ledger/entries/" + index);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body().get("entry").get("caseId").asString()).isEqualTo(id);
		assertThat(own.body().get("entry").get("event").asString()).isEqualTo("case_created");
		assertThat(own.body().get("leafData").asString()).isEqualTo(bundle.get("entries").get(0).get("leafData")
			.asString());

		apiKey = tenants.createTenant("other-" + tenant.value().substring(2), "Another merchant").apiKey();
		assertThat(get("/api/v1/ledger/entries/" + index).status()).isEqualTo(404);
		assertThat(raw("GET", "/api/v1/ledger/entries/" + index, null, Map.of()).status()).isEqualTo(401);
	}

	@Test // #8
	void checkpointAndKeyArePublicAndTheAuditNeedsAKey() throws Exception {
		HttpResponse<String> checkpoint = plain("/api/v1/ledger/checkpoint");
		assertThat(checkpoint.statusCode()).isEqualTo(200);
		assertThat(checkpoint.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		String vkey = plain("/api/v1/ledger/key").body().lines().findFirst().orElseThrow();
		Checkpoint c = Checkpoint.parse(SignedNote.open(checkpoint.body(), List.of(SignedNote.Verifier.parse(vkey)))
			.text());
		assertThat(plain("/tlog/checkpoint").body()).startsWith(c.origin() + "\n");

		assertThat(raw("GET", "/api/v1/ledger/verify", null, Map.of()).status()).isEqualTo(401);
		Response audit = get("/api/v1/ledger/verify");
		assertThat(audit.status()).isEqualTo(200);
		assertThat(audit.body().get("consistent").asBoolean()).as(audit.toString()).isTrue();
	}

	@Test // #8
	void theCommandLineVerifierChecksABundleAgainstAPinnedKeyAndAuditsTheDatabase(@TempDir Path dir,
			@Autowired Environment env) throws Exception {
		putOrder("SO-L3");
		String id = post("/api/v1/cases", Map.of("orderId", "SO-L3", "type", "return", "reason", "defective",
				"lines", List.of(Map.of("lineId", "1", "quantity", 1)), "channel", "portal", "preferredResolution",
				"refund"), "Idempotency-Key", "ledger-3").body().get("id").asString();
		act(id, "approve", 1, Map.of());
		JsonNode bundle = await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/api/v1/cases/" + id + "/evidence").body(), b -> b.get("entries").size() == 2);
		String vkey = plain("/api/v1/ledger/key").body().lines().findFirst().orElseThrow();
		Path file = dir.resolve("bundle.json");
		Files.writeString(file, bundle.toString());
		assertThat(LedgerVerifierCli.run(new String[] { "bundle", file.toString(), "--vkey", vkey })).isZero();
		assertThat(LedgerVerifierCli.run(new String[] { "bundle", "http://localhost:" + port
				+ "/api/v1/tracking/" + get("/api/v1/cases/" + id).body().get("trackingUrl").asString()
					.replaceAll(".*/track/", "") + "/evidence", "--vkey", vkey })).isZero();

		String foreign = io.crossback.ledger.tlog.NoteSigner
			.of(vkey.substring(0, vkey.indexOf('+')), io.crossback.ledger.tlog.NoteSigner.generate())
			.vkey();
		assertThat(LedgerVerifierCli.run(new String[] { "bundle", file.toString(), "--vkey", foreign })).isOne();

		String leaf = bundle.get("entries").get(1).get("leafData").asString();
		String changed = Base64.getEncoder().encodeToString(new String(Base64.getDecoder().decode(leaf),
				StandardCharsets.UTF_8).replace("approved", "rejected").getBytes(StandardCharsets.UTF_8));
		Files.writeString(file, bundle.toString().replace(leaf, changed));
		assertThat(LedgerVerifierCli.run(new String[] { "bundle", file.toString(), "--vkey", vkey })).isOne();

		assertThat(LedgerVerifierCli.run(new String[] { "audit", env.getProperty("spring.datasource.url"),
				env.getProperty("spring.datasource.username", ""), env.getProperty("spring.datasource.password", ""),
				"--vkey", vkey })).isZero();
	}

	static void verify(JsonNode bundle) throws Exception {
		List<SignedNote.Verifier> keys = bundle.get("vkeys").valueStream()
			.map(v -> SignedNote.Verifier.parse(v.asString()))
			.toList();
		Checkpoint checkpoint = Checkpoint.parse(SignedNote.open(bundle.get("checkpoint").asString(), keys).text());
		assertThat(checkpoint.origin()).isEqualTo(bundle.get("origin").asString());
		for (JsonNode entry : bundle.get("entries")) {
			byte[] leaf = Base64.getDecoder().decode(entry.get("leafData").asString());
			List<byte[]> proof = entry.get("proof").valueStream()
				.map(h -> Base64.getDecoder().decode(h.asString()))
				.toList();
			ProofVerifier.verifyInclusion(entry.get("leafIndex").asLong(), checkpoint.size(), Hashes.leafHash(leaf),
					proof, checkpoint.root());
		}
	}

	HttpResponse<String> plain(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	JsonNode act(String id, String action, long version, Map<String, Object> body) {
		Response r = post("/api/v1/cases/" + id + "/actions/" + action, body, "If-Match", "\"" + version + "\"");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.body();
	}
}
