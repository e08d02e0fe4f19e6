package io.crossback.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.crossback.cases.ActorRole;
import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;
import io.crossback.ledger.tlog.Checkpoint;
import io.crossback.ledger.tlog.NodeId;
import io.crossback.ledger.tlog.NoteSigner;
import io.crossback.ledger.tlog.SignedNote;

/**
 * The audit catches a changed leaf, a changed inner node and a checkpoint signed by a foreign key, naming the first
 * leaf index concerned. Each tampering happens in a transaction that is rolled back, so the shared log stays whole.
 */
@SpringBootTest
class LedgerTamperTest {

	@Autowired
	EvidenceLog log;

	@Autowired
	Sequencer sequencer;

	@Autowired
	LedgerAudit audit;

	@Autowired
	LogStore store;

	@Autowired
	SigningKeys keys;

	@Autowired
	LedgerSettings settings;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	TenantId tenant = TenantId.of("tamper-" + UUID.randomUUID().toString().substring(0, 8));

	@Test // #8
	void anUntouchedLogIsConsistent() {
		recordSteps(5);
		sequencer.drain();
		LedgerAudit.Report report = audit.run();
		assertThat(report.consistent()).as(report.toString()).isTrue();
		assertThat(report.treeSize()).isGreaterThanOrEqualTo(5);
	}

	@Test // #8
	void aChangedLeafIsCaughtAtItsIndex() {
		long index = recordAndSequenceOne();
		LedgerAudit.Report report = tampered(() -> {
			byte[] data = store.leaf(index).orElseThrow().data();
			byte[] changed = new String(data, StandardCharsets.UTF_8).replace("\"approved\"", "\"rejected\"")
				.getBytes(StandardCharsets.UTF_8);
			jdbc.sql("update ledger_leaf set leaf_data = ? where leaf_index = ?").params(changed, index).update();
		});
		assertThat(report.consistent()).isFalse();
		assertThat(report.firstBadIndex()).isEqualTo(index);
	}

	@Test // #8
	void aChangedInnerNodeIsCaughtAtItsFirstLeaf() {
		long index = recordAndSequenceOne();
		recordSteps(3);
		sequencer.drain();
		NodeId node = new NodeId(1, index / 2);
		LedgerAudit.Report report = tampered(() -> {
			byte[] hash = store.nodes(List.of(node)).get(node).clone();
			hash[0] ^= 1;
			jdbc.sql("update ledger_node set hash = ? where node_key = ?").params(hash, node.key()).update();
		});
		assertThat(report.consistent()).isFalse();
		assertThat(report.firstBadIndex()).isEqualTo(node.firstLeaf());
	}

	@Test // #8
	void aCheckpointSignedByAnotherKeyIsRejected() {
		recordAndSequenceOne();
		LogStore.StoredCheckpoint latest = store.latestCheckpoint().orElseThrow();
		NoteSigner stranger = NoteSigner.of(settings.origin(), NoteSigner.generate());
		String forged = SignedNote.sign(new Checkpoint(settings.origin(), latest.treeSize(), latest.root()).body(),
				List.of(stranger));
		LedgerAudit.Report report = tampered(() -> jdbc.sql("update ledger_checkpoint set note = ? where tree_size = ?")
			.params(forged, latest.treeSize())
			.update());
		assertThat(report.consistent()).isFalse();
		assertThat(report.problem()).contains("no signature by a trusted key");
		assertThat(report.firstBadIndex()).isEqualTo(latest.treeSize() - 1);
	}

	@Test // #8
	void aRewrittenLeafWithRecomputedNodesStillDisagreesWithTheSignedRoot() {
		long index = recordAndSequenceOne();
		LedgerAudit.Report report = tampered(() -> {
			byte[] changed = new String(store.leaf(index).orElseThrow().data(), StandardCharsets.UTF_8)
				.replace("\"approved\"", "\"rejected\"")
				.getBytes(StandardCharsets.UTF_8);
			jdbc.sql("update ledger_leaf set leaf_data = ? where leaf_index = ?").params(changed, index).update();
			// the forger recomputes every stored node above the leaf, but cannot sign
			long size = store.latestCheckpoint().orElseThrow().treeSize();
			List<LogStore.Leaf> leaves = store.leaves(0, size);
			var rebuilt = io.crossback.ledger.tlog.TreeAppender.append(0, Map.of(),
					leaves.stream().map(l -> io.crossback.ledger.tlog.Hashes.leafHash(l.data())).toList());
			rebuilt.newNodes().forEach((id, hash) -> jdbc.sql("update ledger_node set hash = ? where node_key = ?")
				.params(hash, id.key())
				.update());
		});
		assertThat(report.consistent()).isFalse();
		assertThat(report.problem()).contains("differs from the signed root");
		assertThat(report.firstBadIndex()).isLessThanOrEqualTo(index);
	}

	@Test // #8
	void verifiedStepsMarkEachStepOfACaseAndUnmarkAChangedOne() {
		CaseId caseId = CaseId.random();
		Instant approvedAt = Instant.parse("2026-11-21T10:00:00Z");
		Instant pickedUpAt = Instant.parse("2026-11-22T08:30:00Z");
		new TransactionTemplate(transactions).executeWithoutResult(s -> {
			log.record(tenant, caseId, "approved", ActorRole.AGENT, approvedAt, Map.of());
			log.record(tenant, caseId, "pickup", ActorRole.CUSTOMER, pickedUpAt,
					Map.of("carrier", "dhl", "trackingNumber", "JD1"));
		});
		assertThat(log.verifiedSteps(tenant, caseId)).as("not integrated yet").isEmpty();
		sequencer.drain();
		recordSteps(3); // other cases' steps after them, so the proofs are not trivial
		sequencer.drain();

		List<EvidenceLog.VerifiedStep> steps = log.verifiedSteps(tenant, caseId);
		assertThat(steps).extracting(EvidenceLog.VerifiedStep::event).containsExactly("approved", "pickup");
		assertThat(steps).extracting(EvidenceLog.VerifiedStep::at).containsExactly(approvedAt, pickedUpAt);
		assertThat(steps).allMatch(EvidenceLog.VerifiedStep::verified);
		assertThat(log.verifiedSteps(TenantId.of("someone-else"), caseId)).isEmpty();

		long pickup = steps.get(1).leafIndex();
		List<EvidenceLog.VerifiedStep> afterChange = duringTampering(() -> {
			byte[] changed = new String(store.leaf(pickup).orElseThrow().data(), StandardCharsets.UTF_8)
				.replace("2026-11-22T08:30:00Z", "2026-11-23T08:30:00Z")
				.getBytes(StandardCharsets.UTF_8);
			jdbc.sql("update ledger_leaf set leaf_data = ? where leaf_index = ?").params(changed, pickup).update();
		}, caseId);
		assertThat(afterChange).extracting(EvidenceLog.VerifiedStep::verified).containsExactly(true, false);

		LogStore.StoredCheckpoint latest = store.latestCheckpoint().orElseThrow();
		String forged = SignedNote.sign(new Checkpoint(settings.origin(), latest.treeSize(), latest.root()).body(),
				List.of(NoteSigner.of(settings.origin(), NoteSigner.generate())));
		List<EvidenceLog.VerifiedStep> underForgedCheckpoint = duringTampering(
				() -> jdbc.sql("update ledger_checkpoint set note = ? where tree_size = ?")
					.params(forged, latest.treeSize())
					.update(),
				caseId);
		assertThat(underForgedCheckpoint).extracting(EvidenceLog.VerifiedStep::verified).containsExactly(false, false);
		assertThat(log.verifiedSteps(tenant, caseId)).as("rolled back").allMatch(EvidenceLog.VerifiedStep::verified);
	}

	List<EvidenceLog.VerifiedStep> duringTampering(Runnable tampering, CaseId caseId) {
		List<List<EvidenceLog.VerifiedStep>> out = new ArrayList<>();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			tampering.run();
			out.add(log.verifiedSteps(tenant, caseId));
			status.setRollbackOnly();
		});
		return out.get(0);
	}

	@Test // #8
	void twoSequencersNeverIntegrateTheSameEntryTwice() throws Exception {
		Sequencer other = new Sequencer(store, keys, settings, clock, transactions);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Callable<Long>> work = new ArrayList<>();
			work.add(() -> {
				for (int i = 0; i < 20; i++) {
					recordSteps(10);
				}
				return 0L;
			});
			work.add(() -> drainRepeatedly(sequencer));
			work.add(() -> drainRepeatedly(other));
			for (Future<Long> f : pool.invokeAll(work)) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		sequencer.drain();
		List<Long> indices = jdbc.sql("select leaf_index from ledger_leaf where tenant_id = ? order by leaf_index")
			.param(tenant.value())
			.query(Long.class)
			.list();
		assertThat(indices).hasSize(200).doesNotHaveDuplicates();
		assertThat(jdbc.sql("select count(*) from ledger_outbox where tenant_id = ?").param(tenant.value())
			.query(Long.class).single()).isZero();
		LedgerAudit.Report report = audit.run();
		assertThat(report.consistent()).as(report.toString()).isTrue();
	}

	long drainRepeatedly(Sequencer s) {
		long total = 0;
		for (int i = 0; i < 20; i++) {
			total += s.drain();
		}
		return total;
	}

	LedgerAudit.Report tampered(Runnable tampering) {
		List<LedgerAudit.Report> out = Collections.synchronizedList(new ArrayList<>());
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			tampering.run();
			out.add(audit.run());
			status.setRollbackOnly();
		});
		assertThat(audit.run().consistent()).as("rolled back").isTrue();
		return out.get(0);
	}

	long recordAndSequenceOne() {
		CaseId caseId = CaseId.random();
		new TransactionTemplate(transactions).executeWithoutResult(s -> log.record(tenant, caseId, "approved",
				ActorRole.AGENT, Instant.parse("2026-11-21T10:00:00Z"), Map.of("grade", "B")));
		sequencer.drain();
		return jdbc.sql("select leaf_index from ledger_leaf where tenant_id = ? and case_id = ?")
			.params(tenant.value(), caseId.value())
			.query(Long.class)
			.single();
	}

	void recordSteps(int n) {
		new TransactionTemplate(transactions).executeWithoutResult(s -> {
			for (int i = 0; i < n; i++) {
				log.record(tenant, CaseId.random(), "approved", ActorRole.AGENT, Instant.parse("2026-11-21T10:00:00Z"),
						Map.of("step", String.valueOf(i)));
			}
		});
	}
}
