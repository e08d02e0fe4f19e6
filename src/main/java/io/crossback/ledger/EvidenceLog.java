package io.crossback.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/**
 * Records key steps of a case in the evidence log. Call it inside the transaction of the business change: the leaf
 * is written to the log's outbox in that transaction, so it exists exactly when the change does, and the sequencer
 * integrates it into the Merkle tree and a signed checkpoint shortly after commit.
 */
@Service
public class EvidenceLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	EvidenceLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
