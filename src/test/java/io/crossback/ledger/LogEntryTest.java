package io.crossback.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;
import io.crossback.ledger.tlog.Hashes;

class LogEntryTest {

	static final String PHOTO = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	LogEntry entry = new LogEntry(1, TenantId.of("acme"), CaseId.of("7b0a3c2e-1111-4f00-8000-000000000001"),
			"inspected", Instant.parse("2026-11-26T05:00:00Z"), "agent", Map.of("photoSha256", List.of(PHOTO, PHOTO),
					"facts", "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"));

	@Test
	void leafIsCanonicalJsonWithSortedKeysAndNoWhitespace() {
		assertThat(new String(entry.canonicalJson(), StandardCharsets.UTF_8)).isEqualTo("{\"actorRole\":\"agent\","
				+ "\"at\":\"2026-11-26T05:00:00Z\",\"caseId\":\"7b0a3c2e-1111-4f00-8000-000000000001\","
				+ "\"event\":\"inspected\",\"evidence\":{\"facts\":"
				+ "\"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae\",\"photoSha256\":[\"" + PHOTO
				+ "\",\"" + PHOTO + "\"]},\"tenantId\":\"acme\",\"version\":1}");
	}

	@Test
	void parsesBackToTheSameEntry() {
		LogEntry parsed = LogEntry.parse(entry.canonicalJson());
		assertThat(parsed.canonicalJson()).isEqualTo(entry.canonicalJson());
		assertThat(parsed.event()).isEqualTo("inspected");
	}

	@Test
	void refusesNonCanonicalLeafBytes() {
		String spaced = new String(entry.canonicalJson(), StandardCharsets.UTF_8).replace(",", ", ");
		assertThatThrownBy(() -> LogEntry.parse(spaced.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesEvidenceThatIsNotADigest() {
		assertThatThrownBy(() -> new LogEntry(1, TenantId.of("acme"), CaseId.random(), "inspected", Instant.EPOCH,
				"agent", Map.of("photoSha256", "Jane Doe, 1 Main Street"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void factsEnterOnlyAsTheDigestOfTheirCanonicalJson() {
		Map<String, Object> evidence = EvidenceLog.evidenceOf(Map.of("grade", "B", "disposition", "restock",
				"photoSha256", PHOTO.toUpperCase() + "," + PHOTO));
		String canonicalFacts = "{\"disposition\":\"restock\",\"grade\":\"B\"}";
		assertThat(evidence).containsEntry("facts",
				Hashes.hex(Hashes.sha256(canonicalFacts.getBytes(StandardCharsets.UTF_8))));
		assertThat(evidence).containsEntry("photoSha256", List.of(PHOTO, PHOTO));
		assertThat(evidence.toString()).doesNotContain("restock");
	}
}
