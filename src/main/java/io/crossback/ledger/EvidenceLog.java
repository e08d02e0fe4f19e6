package io.crossback.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.crossback.cases.ActorRole;
import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;
import io.crossback.ledger.tlog.Checkpoint;
import io.crossback.ledger.tlog.Hashes;
import io.crossback.ledger.tlog.ProofVerifier;
import io.crossback.ledger.tlog.SignedNote;

/**
 * Records key steps of a case in the evidence log. Call it inside the transaction of the business change: the leaf
 * is written to the log's outbox in that transaction, so it exists exactly when the change does, and the sequencer
 * integrates it into the Merkle tree and a signed checkpoint shortly after commit.
 */
@Service
public class EvidenceLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LogReader reader;

	private final SigningKeys keys;

	EvidenceLog(JdbcClient jdbc, Clock clock, LogReader reader, SigningKeys keys) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.reader = reader;
		this.keys = keys;
	}

	/**
	 * One key step of a case as the log holds it.
	 *
	 * @param event the leaf's step name ({@code case_created}, {@code pickup}, {@code inspected}, …)
	 * @param at when the step happened (the instant of the case change, as in the case's timeline)
	 * @param verified whether the step's inclusion proof checks against the root of a checkpoint whose signature
	 * checks against this server's verifier keys
	 */
	public record VerifiedStep(String event, long leafIndex, Instant at, boolean verified) {
	}

	/**
	 * The case's steps already integrated into the log, oldest first, each checked as a browser or the independent
	 * verifier would check the case's evidence bundle: the latest checkpoint's signature, then each leaf's RFC 9162
	 * inclusion proof (from the stored node hashes) against that checkpoint's root. A stored leaf, node or checkpoint
	 * changed behind the log's back makes the affected steps unverified. A step still waiting in the outbox (well
	 * under a second) is not listed yet.
	 */
	public List<VerifiedStep> verifiedSteps(TenantId tenantId, CaseId caseId) {
		LogReader.Bundle bundle = reader.evidence(tenantId, caseId);
		Checkpoint checkpoint;
		try {
			checkpoint = Checkpoint.parse(SignedNote.open(bundle.checkpoint(), keys.verifiers()).text());
		}
		catch (SignedNote.InvalidNote | IllegalArgumentException e) {
			checkpoint = null;
		}
		List<VerifiedStep> steps = new ArrayList<>(bundle.entries().size());
		for (LogReader.BundleEntry entry : bundle.entries()) {
			boolean verified = checkpoint != null && checkpoint.origin().equals(bundle.origin());
			if (verified) {
				try {
					ProofVerifier.verifyInclusion(entry.leafIndex(), checkpoint.size(),
							Hashes.leafHash(entry.leafData()), entry.proof(), checkpoint.root());
				}
				catch (ProofVerifier.InvalidProof e) {
					verified = false;
				}
			}
			Instant at;
			try {
				LogEntry parsed = LogEntry.parse(entry.leafData());
				at = parsed.at();
				verified &= parsed.tenantId().equals(tenantId) && parsed.caseId().equals(caseId)
						&& parsed.event().equals(entry.event());
			}
			catch (RuntimeException e) { // a leaf that no longer parses was changed after it was written
				at = Instant.EPOCH;
				verified = false;
			}
			steps.add(new VerifiedStep(entry.event(), entry.leafIndex(), at, verified));
		}
		return steps;
	}

	/**
	 * @param event a lower-case snake-case step name such as {@code label_issued} or {@code refund_confirmed}
	 * @param facts the step's non-personal facts (carrier, grade, amount, …). A key ending in {@code Sha256} holds
	 * one or more comma-separated hex SHA-256 digests of evidence (a photo, a report) and goes into the leaf as it
	 * is; all other facts enter the leaf only as one SHA-256 of their RFC 8785 canonical JSON, under {@code facts}.
	 */
	public void record(TenantId tenantId, CaseId caseId, String event, ActorRole actorRole, Instant at,
			Map<String, String> facts) {
		LogEntry entry = new LogEntry(LogEntry.VERSION, tenantId, caseId, event, at, actorRole.wire(),
				evidenceOf(facts));
		jdbc.sql("""
				insert into ledger_outbox (tenant_id, case_id, event, leaf_data, recorded_at)
				values (:tenant, :caseId, :event, :leaf, :recordedAt)""")
			.param("tenant", tenantId.value())
			.param("caseId", caseId.value())
			.param("event", event)
			.param("leaf", entry.canonicalJson())
			.param("recordedAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
	}

	static Map<String, Object> evidenceOf(Map<String, String> facts) {
		Map<String, Object> evidence = new LinkedHashMap<>();
		Map<String, String> plain = new TreeMap<>();
		facts.forEach((key, value) -> {
			if (key.endsWith("Sha256")) {
				List<String> digests = Arrays.stream(value.split(","))
					.map(d -> d.trim().toLowerCase(Locale.ROOT))
					.toList();
				evidence.put(key, digests.size() == 1 ? digests.get(0) : digests);
			}
			else {
				plain.put(key, value);
			}
		});
		if (!plain.isEmpty()) {
			evidence.put("facts", LogEntry.digestOf(plain));
		}
		return evidence;
	}
}
