package io.crossback.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.crossback.cases.Actor;
import io.crossback.cases.ActorRole;
import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseTransitioned;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.cases.Reason;
import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.core.TenantId;
import io.crossback.ledger.tlog.Checkpoint;
import io.crossback.ledger.tlog.Hashes;
import io.crossback.ledger.tlog.ProofVerifier;
import io.crossback.ledger.tlog.SignedNote;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Case events become leaves in the case's transaction, the sequencer signs them in, and the public API proves it. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerIntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Sequencer sequencer;

	@Autowired
	LogReader reader;

	@Autowired
	JdbcClient jdbc;

	TenantId tenant = TenantId.of("ledger-" + UUID.randomUUID().toString().substring(0, 8));

	CaseId caseId = CaseId.random();

	@Test
	void keyStepsOfACaseAreRecordedInItsTransactionAndRolledBackWithIt() {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> {
			events.publishEvent(submitted());
			events.publishEvent(transition(CaseAction.APPROVE, CaseStatus.SUBMITTED, CaseStatus.AWAITING_RETURN));
			events.publishEvent(transition(CaseAction.REQUEST_INFO, CaseStatus.SUBMITTED, CaseStatus.AWAITING_INFO));
			status.setRollbackOnly();
		});
		assertThat(outboxRows()).isZero();

		tx.executeWithoutResult(status -> {
			events.publishEvent(submitted());
			events.publishEvent(transition(CaseAction.APPROVE, CaseStatus.SUBMITTED, CaseStatus.AWAITING_RETURN));
			events.publishEvent(transition(CaseAction.REQUEST_INFO, CaseStatus.SUBMITTED, CaseStatus.AWAITING_INFO));
		});
		sequencer.drain();
		assertThat(outboxRows()).isZero();
		var bundle = reader.evidence(tenant, caseId);
		assertThat(bundle.entries()).extracting(LogReader.BundleEntry::event).containsExactly("case_created", "approved");
		String leaf = new String(bundle.entries().get(0).leafData(), StandardCharsets.UTF_8);
		assertThat(leaf).contains("\"tenantId\":\"" + tenant + "\"").doesNotContain("order-4711").doesNotContain("size");
	}

	@Test
	void evidenceBundleVerifiesAgainstItsSignedCheckpoint() throws Exception {
		recordAndSequence();
		var bundle = reader.evidence(tenant, caseId);
		var opened = SignedNote.open(bundle.checkpoint(),
				bundle.vkeys().stream().map(SignedNote.Verifier::parse).toList());
		Checkpoint checkpoint = Checkpoint.parse(opened.text());
		assertThat(checkpoint.origin()).isEqualTo(bundle.origin());
		assertThat(bundle.entries()).hasSize(4);
		for (var entry : bundle.entries()) {
			ProofVerifier.verifyInclusion(entry.leafIndex(), checkpoint.size(), Hashes.leafHash(entry.leafData()),
					entry.proof(), checkpoint.root());
		}
	}

	@Test
	void publicCheckpointKeyAndProofsNeedNoApiKeyAndVerify() throws Exception {
		recordAndSequence();
		var first = mvc.get().uri("/api/v1/ledger/checkpoint").exchange();
		assertThat(first).hasStatusOk().hasContentTypeCompatibleWith("text/plain");
		String note = first.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String vkey = mvc.get().uri("/api/v1/ledger/key").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		Checkpoint old = Checkpoint.parse(SignedNote.open(note, List.of(SignedNote.Verifier.parse(vkey))).text());

		recordAndSequence();
		String newNote = mvc.get().uri("/tlog/checkpoint").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Checkpoint now = Checkpoint.parse(SignedNote.open(newNote, List.of(SignedNote.Verifier.parse(vkey))).text());
		assertThat(now.size()).isGreaterThan(old.size());

		var leaves = reader.evidence(tenant, caseId).entries();
		long index = leaves.get(leaves.size() - 1).leafIndex();
		JsonNode inclusion = json(mvc.get().uri("/api/v1/ledger/proofs/inclusion?index={i}&treeSize={s}", index,
				now.size()));
		assertThat(inclusion.get("leafIndex").asLong()).isEqualTo(index);
		assertThat(inclusion.get("treeSize").asLong()).isEqualTo(now.size());
		ProofVerifier.verifyInclusion(index, now.size(), Hashes.leafHash(leaves.get(leaves.size() - 1).leafData()),
				hashes(inclusion), now.root());

		JsonNode consistency = json(mvc.get().uri("/api/v1/ledger/proofs/consistency?from={a}&to={b}", old.size(),
				now.size()));
		assertThat(consistency.get("from").asLong()).isEqualTo(old.size());
		ProofVerifier.verifyConsistency(old.size(), now.size(), old.root(), now.root(), hashes(consistency));
	}

	@Test
	void impossibleProofRequestsAreProblemsNamingTheField() {
		recordAndSequence();
		long size = reader.latest().size();
		assertThat(mvc.get().uri("/api/v1/ledger/proofs/inclusion?index=0&treeSize={s}", size + 1))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("treeSize");
		assertThat(mvc.get().uri("/api/v1/ledger/proofs/inclusion?index={i}&treeSize={s}", size, size))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("index");
		assertThat(mvc.get().uri("/api/v1/ledger/proofs/consistency?from=0&to={s}", size))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("from");
		assertThat(mvc.get().uri("/api/v1/ledger/proofs/consistency?from=1&to=x"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("to");
	}

	@Test
	void tilesServeTheStoredHashesAndEntryBundles() throws Exception {
		recordAndSequence();
		long size = reader.latest().size();
		int width = (int) Math.min(size, 255);
		var tile = mvc.get().uri("/tlog/tile/0/000.p/{w}", width).exchange();
		assertThat(tile).hasStatusOk().hasContentType("application/octet-stream");
		byte[] hashes = tile.getResponse().getContentAsByteArray();
		assertThat(hashes).hasSize(32 * width);
		byte[] bundle = mvc.get().uri("/tlog/tile/entries/000.p/{w}", width).exchange().getResponse()
			.getContentAsByteArray();
		int offset = 0;
		for (int i = 0; i < width; i++) {
			int length = ((bundle[offset] & 0xff) << 8) | (bundle[offset + 1] & 0xff);
			byte[] leaf = java.util.Arrays.copyOfRange(bundle, offset + 2, offset + 2 + length);
			assertThat(java.util.Arrays.copyOfRange(hashes, 32 * i, 32 * i + 32)).isEqualTo(Hashes.leafHash(leaf));
			offset += 2 + length;
		}
		assertThat(offset).isEqualTo(bundle.length);
		assertThat(mvc.get().uri("/tlog/tile/0/x999/000")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/tlog/tile/0/1")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	void recordAndSequence() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(submitted());
			events.publishEvent(transition(CaseAction.APPROVE, CaseStatus.SUBMITTED, CaseStatus.AWAITING_RETURN));
			events.publishEvent(transition(CaseAction.SHIP, CaseStatus.AWAITING_RETURN, CaseStatus.IN_TRANSIT));
			events.publishEvent(transition(CaseAction.INSPECT, CaseStatus.RECEIVED, CaseStatus.INSPECTED));
		});
		sequencer.drain();
	}

	CaseSubmitted submitted() {
		return new CaseSubmitted(tenant, caseId, CaseType.RETURN, Reason.SIZE_FIT, Channel.PORTAL, "order-4711",
				CountryCode.of("DE"), LanguageCode.of("de"), false, "The size is wrong", Instant.parse("2026-11-20T10:00:00Z"));
	}

	CaseTransitioned transition(CaseAction action, CaseStatus from, CaseStatus to) {
		return new CaseTransitioned(tenant, caseId, CaseType.RETURN, CountryCode.of("DE"), from, to, action,
				new Actor(ActorRole.AGENT, "agent-7"), Map.of("grade", "B"), Instant.parse("2026-11-21T10:00:00Z"));
	}

	long outboxRows() {
		return jdbc.sql("select count(*) from ledger_outbox where tenant_id = ?").param(tenant.value())
			.query(Long.class).single();
	}

	JsonNode json(MockMvcTester.MockMvcRequestBuilder request) throws Exception {
		var result = request.exchange();
		assertThat(result).hasStatusOk();
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	static List<byte[]> hashes(JsonNode proof) {
		return proof.get("hashes").valueStream().map(h -> Base64.getDecoder().decode(h.asString())).toList();
	}
}
