package io.crossback.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.cases.Case;
import io.crossback.cases.CaseManagement;
import io.crossback.core.NotFound;
import io.crossback.tenancy.PublicPaths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The customer's view of a case through its unguessable tracking token: status, the steps so far in plain terms, and
 * the messages meant for the customer. No internal notes, no agent names.
 */
@RestController
@Tag(name = "Tracking", description = "Public, token-addressed view of one case")
class TrackingController {

	private final CaseManagement cases;

	TrackingController(CaseManagement cases) {
		this.cases = cases;
	}

	@GetMapping("/api/v1/tracking/{token}")
	@Operation(summary = "A case as its customer sees it (no API key; the token is the secret)")
	Map<String, Object> track(@PathVariable String token) {
		Case c = cases.findByTrackingToken(token).orElseThrow(() -> new NotFound("no case for this tracking link"));
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("caseId", c.id().toString());
		view.put("status", c.status().wire());
		view.put("type", c.type().wire());
		view.put("orderId", c.orderId());
		view.put("customerLanguage", c.customerLanguage().value());
		view.put("createdAt", c.createdAt());
		view.put("updatedAt", c.updatedAt());
		List<Map<String, Object>> steps = cases.customerSteps(c.tenantId(), c.id())
			.stream()
			.map(e -> {
				Map<String, Object> step = new LinkedHashMap<>();
				step.put("at", e.at());
				step.put("status", e.to() == null ? null : e.to().wire());
				step.put("action", e.action() == null ? null : e.action().wire());
				if (e.data().containsKey("carrier")) {
					step.put("carrier", e.data().get("carrier"));
					step.put("trackingNumber", e.data().get("trackingNumber"));
				}
				return step;
			})
			.toList();
		view.put("timeline", steps);
		view.put("messages", cases.customerMessages(c.tenantId(), c.id())
			.stream()
			.map(CaseViews::message)
			.toList());
		return view;
	}

	@Configuration(proxyBeanMethods = false)
	static class TrackingIsPublic {

		@Bean
		PublicPaths trackingPaths() {
			return () -> List.of("/api/v1/tracking/**");
		}
	}
}
