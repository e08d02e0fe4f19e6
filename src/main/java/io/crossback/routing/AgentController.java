package io.crossback.routing;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.core.WireValue;
import io.crossback.core.InvalidInput;
import io.crossback.core.ProblemTypes;
import io.crossback.core.TenantId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/agents}: the tenant's agents. Updates are optimistic: {@code PUT} needs the version it read as
 * {@code If-Match: "3"} (the {@code ETag} of {@code GET}); a stale one gets 412, a missing one 428.
 */
@RestController
@RequestMapping("/api/v1/agents")
class AgentController {

	private final AgentManagement agents;
	private final JsonMapper json;
	private final Clock clock;

	AgentController(AgentManagement agents, JsonMapper json, Clock clock) {
		this.agents = agents;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping
	List<AgentView> list(TenantId tenantId) {
		return agents.list(tenantId).stream().map(agent -> AgentView.of(agent, clock.instant())).toList();
	}

	@PostMapping
	ResponseEntity<AgentView> create(TenantId tenantId, @RequestBody ObjectNode body) {
		JsonNode id = body.remove("id");
		if (id != null && !id.isNull() && !id.isString()) {
			throw InvalidInput.of("id", "must be a string");
		}
		Agent agent = agents.create(tenantId, id == null || id.isNull() ? null : id.stringValue(), profile(body));
		return ResponseEntity.created(URI.create("/api/v1/agents/" + agent.id()))
			.eTag(etag(agent))
			.body(AgentView.of(agent, clock.instant()));
	}

	@GetMapping("/{agentId}")
	ResponseEntity<AgentView> get(TenantId tenantId, @PathVariable String agentId) {
		Agent agent = agents.get(tenantId, agentId);
		return ResponseEntity.ok().eTag(etag(agent)).body(AgentView.of(agent, clock.instant()));
	}

	@PutMapping("/{agentId}")
	ResponseEntity<AgentView> update(TenantId tenantId, @PathVariable String agentId,
			@RequestHeader("If-Match") String ifMatch, @RequestBody ObjectNode body) {
		body.remove("id");
		body.remove("version");
		Agent agent = agents.update(tenantId, agentId, profile(body), parseEtag(ifMatch));
		return ResponseEntity.ok().eTag(etag(agent)).body(AgentView.of(agent, clock.instant()));
	}

	@PutMapping("/{agentId}/status")
	ResponseEntity<AgentView> status(TenantId tenantId, @PathVariable String agentId, @RequestBody StatusBody body) {
		AgentStatus status = body.status() == null ? null
				: WireValue.parse(AgentStatus.class, body.status()).orElse(null);
		if (status == null) {
			throw InvalidInput.notOneOf("status", body.status(), WireValue.allowed(AgentStatus.class));
		}
		Agent agent = agents.setStatus(tenantId, agentId, status);
		return ResponseEntity.status(HttpStatus.OK).eTag(etag(agent)).body(AgentView.of(agent, clock.instant()));
	}

	record StatusBody(@Nullable String status) {
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(StaleAgent e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
		problem.setType(ProblemTypes.STALE_VERSION);
		problem.setProperty("currentVersion", e.currentVersion());
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.eTag("\"" + e.currentVersion() + "\"")
			.body(problem);
	}

	private AgentBody profile(ObjectNode body) {
		try {
			return json.treeToValue(body, AgentBody.class);
		}
		catch (JacksonException e) {
			String field = e.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse("body");
			throw InvalidInput.of(field, "has the wrong type");
		}
	}

	private static String etag(Agent agent) {
		return "\"" + agent.version() + "\"";
	}

	private static long parseEtag(String ifMatch) {
		String value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException e) {
			throw InvalidInput.of("If-Match", "must be the ETag of the agent, e.g. \"3\"");
		}
	}
}
