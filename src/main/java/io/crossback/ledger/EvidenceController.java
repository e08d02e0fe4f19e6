package io.crossback.ledger;

import java.util.Base64;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.cases.Case;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseManagement;
import io.crossback.core.InvalidInput;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;

/**
 * A case's evidence bundle: the latest signed checkpoint, the verifier keys, and each integrated key step of the
 * case with its inclusion proof against that checkpoint. Small enough to verify in a browser.
 */
@RestController
class EvidenceController {

	private final LogReader reader;

	private final CaseManagement cases;

	EvidenceController(LogReader reader, CaseManagement cases) {
		this.reader = reader;
		this.cases = cases;
	}

	record Entry(String event, long leafIndex, String leafData, List<String> proof) {
	}

	record Bundle(String checkpoint, List<String> vkeys, String origin, List<Entry> entries) {
	}

	@GetMapping("/api/v1/cases/{id}/evidence")
	Bundle evidence(TenantId tenantId, @PathVariable String id) {
		return toJson(reader.evidence(tenantId, caseId(id)));
	}

	/**
	 * The same bundle through the case's public tracking link: the token is the secret, as on the tracking page,
	 * which shows each key step with a "verified" mark.
	 */
	@GetMapping("/api/v1/tracking/{token}/evidence")
	Bundle evidenceByTrackingToken(@PathVariable String token) {
		Case c = cases.findByTrackingToken(token).orElseThrow(() -> new NotFound("no case for this tracking link"));
		return toJson(reader.evidence(c.tenantId(), c.id()));
	}

	static Bundle toJson(LogReader.Bundle bundle) {
		return new Bundle(bundle.checkpoint(), bundle.vkeys(), bundle.origin(),
				bundle.entries()
					.stream()
					.map(e -> new Entry(e.event(), e.leafIndex(), Base64.getEncoder().encodeToString(e.leafData()),
							LedgerController.base64(e.proof())))
					.toList());
	}

	private static CaseId caseId(String id) {
		try {
			return CaseId.of(id);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("id", "not a case id: " + id);
		}
	}
}
