package io.crossback.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.erdtman.jcs.JsonCanonicalizer;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;
import io.crossback.ledger.tlog.Hashes;
import tools.jackson.databind.json.JsonMapper;

/**
 * One leaf of the log. Its bytes are the RFC 8785 canonical JSON of version, tenant, case, event, instant, actor role
 * and SHA-256 digests of the evidence: never a name, address, e-mail or free text, so erasing personal data later
 * never touches the log.
 *
 * @param evidence digest name to lower-case hex SHA-256 (or a list of them, e.g. one per photo)
 */
record LogEntry(int version, TenantId tenantId, CaseId caseId, String event, Instant at, String actorRole,
		Map<String, Object> evidence) {

	static final int VERSION = 1;

	static final Pattern EVENT = Pattern.compile("[a-z][a-z0-9_]{1,39}");

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	LogEntry {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(at, "at");
		if (!EVENT.matcher(event).matches()) {
			throw new IllegalArgumentException("event must be a lower-case snake-case word: " + event);
		}
		if (!EVENT.matcher(actorRole).matches()) {
			throw new IllegalArgumentException("actor role must be a lower-case snake-case word: " + actorRole);
		}
		evidence = Map.copyOf(new TreeMap<>(evidence));
		evidence.forEach((name, digest) -> {
			List<?> digests = digest instanceof List<?> list ? list : List.of(digest);
			for (Object d : digests) {
				if (!(d instanceof String s) || !SHA256_HEX.matcher(s).matches()) {
					throw new IllegalArgumentException("evidence '" + name + "' is not a lower-case hex SHA-256");
				}
			}
		});
	}

	/** The leaf's bytes: RFC 8785 canonical JSON, UTF-8. */
	byte[] canonicalJson() {
		Map<String, Object> json = new TreeMap<>();
		json.put("version", version);
		json.put("tenantId", tenantId.value());
		json.put("caseId", caseId.toString());
		json.put("event", event);
		json.put("at", at.toString());
		json.put("actorRole", actorRole);
		json.put("evidence", evidence);
		try {
			return new JsonCanonicalizer(JSON.writeValueAsString(json)).getEncodedUTF8();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Parses leaf bytes back into an entry, insisting that they are canonical. */
	@SuppressWarnings("unchecked")
	static LogEntry parse(byte[] leafData) {
		Map<String, Object> json = JSON.readValue(leafData, Map.class);
		LogEntry entry = new LogEntry(((Number) json.get("version")).intValue(), TenantId.of((String) json.get("tenantId")),
				CaseId.of((String) json.get("caseId")), (String) json.get("event"), Instant.parse((String) json.get("at")),
				(String) json.get("actorRole"), (Map<String, Object>) json.get("evidence"));
		if (!java.util.Arrays.equals(entry.canonicalJson(), leafData)) {
			throw new IllegalArgumentException("leaf data is not canonical JSON of a log entry");
		}
		return entry;
	}

	/** Lower-case hex SHA-256 of the RFC 8785 form of a JSON-able value; how facts become evidence digests. */
	static String digestOf(Object jsonValue) {
		try {
			String canonical = new JsonCanonicalizer(JSON.writeValueAsString(jsonValue)).getEncodedString();
			return Hashes.hex(Hashes.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
