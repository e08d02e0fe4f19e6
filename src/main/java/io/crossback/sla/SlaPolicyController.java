package io.crossback.sla;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.core.InvalidInput;
import io.crossback.core.TenantId;

/** A tenant's ordered SLA policies; version 0 means the defaults, never saved. {@code If-Match} guards a PUT. */
@RestController
@RequestMapping("/api/v1/sla-policies")
class SlaPolicyController {

	private final SlaPolicies policies;

	SlaPolicyController(SlaPolicies policies) {
		this.policies = policies;
	}

	@GetMapping
	ResponseEntity<PolicyDocument> get(TenantId tenantId) {
		SlaPolicies.Versioned current = policies.of(tenantId);
		return ResponseEntity.ok()
			.eTag("\"" + current.version() + "\"")
			.body(PolicyDocument.of(current.policies(), current.version()));
	}

	@PutMapping
	ResponseEntity<PolicyDocument> put(TenantId tenantId, @RequestBody PolicyDocument body,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		SlaPolicies.Versioned saved = policies.replace(tenantId, body.toPolicies(), version(ifMatch));
		return ResponseEntity.ok()
			.eTag("\"" + saved.version() + "\"")
			.body(PolicyDocument.of(saved.policies(), saved.version()));
	}

	private static @Nullable Long version(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.equals("*")) {
			return null;
		}
		try {
			return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
		}
		catch (NumberFormatException e) {
			throw InvalidInput.of("If-Match", "is not a version this API issued: " + ifMatch);
		}
	}
}
