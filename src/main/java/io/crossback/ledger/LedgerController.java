package io.crossback.ledger;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.core.TenantId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log's HTTP face. Checkpoint, key and proofs are public (anyone may audit); an entry is shown to its own tenant
 * only; the full audit is for operators.
 */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerController {

	static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LogReader reader;

	private final LedgerAudit audit;

	LedgerController(LogReader reader, LedgerAudit audit) {
		this.reader = reader;
		this.audit = audit;
	}

	@GetMapping("/checkpoint")
	ResponseEntity<String> checkpoint() {
		return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache()).body(reader.latest().note());
	}

	@GetMapping("/key")
	ResponseEntity<String> key() {
		return ResponseEntity.ok().contentType(TEXT).body(String.join("\n", reader.vkeys()) + "\n");
	}

	record InclusionProof(long leafIndex, long treeSize, List<String> hashes) {
	}

	@GetMapping("/proofs/inclusion")
	InclusionProof inclusion(@RequestParam long index, @RequestParam long treeSize) {
		return new InclusionProof(index, treeSize, base64(reader.inclusion(index, treeSize)));
	}

	record ConsistencyProof(long from, long to, List<String> hashes) {
	}

	@GetMapping("/proofs/consistency")
	ConsistencyProof consistency(@RequestParam long from, @RequestParam long to) {
		return new ConsistencyProof(from, to, base64(reader.consistency(from, to)));
	}

	record Entry(long index, String leafData, Map<String, Object> entry) {
	}

	@GetMapping("/entries/{index}")
	@SuppressWarnings("unchecked")
	Entry entry(TenantId tenantId, @PathVariable long index) {
		LogStore.Leaf leaf = reader.entry(tenantId, index);
		return new Entry(leaf.index(), Base64.getEncoder().encodeToString(leaf.data()),
				JSON.readValue(leaf.data(), Map.class));
	}

	/** Recomputes the whole log; for operators (any authenticated caller until main has an operator role). */
	@GetMapping("/verify")
	LedgerAudit.Report verify(TenantId tenantId) {
		return audit.run();
	}

	static List<String> base64(List<byte[]> hashes) {
		return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
	}
}
