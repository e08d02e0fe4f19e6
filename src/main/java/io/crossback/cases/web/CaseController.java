package io.crossback.cases.web;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.cases.Actor;
import io.crossback.cases.ActorRole;
import io.crossback.cases.Case;
import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseLine;
import io.crossback.cases.CaseManagement;
import io.crossback.cases.CasesSettings;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.cases.Message;
import io.crossback.cases.MessageAuthor;
import io.crossback.cases.NewCase;
import io.crossback.cases.Reason;
import io.crossback.cases.Resolution;
import io.crossback.cases.StaleCase;
import io.crossback.cases.TransitionNotAllowed;
import io.crossback.core.InvalidInput;
import io.crossback.core.NotFound;
import io.crossback.core.ProblemTypes;
import io.crossback.core.TenantId;
import io.crossback.core.Violations;
import io.crossback.core.WireValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Cases", description = "After-sales cases: intake, lifecycle actions, messages")
class CaseController {

	static final int MAX_MESSAGE = 10_000;

	private final CaseManagement cases;

	private final CaseViews views;

	private final JsonMapper json;

	private final CasesSettings settings;

	CaseController(CaseManagement cases, CaseViews views, JsonMapper json, CasesSettings settings) {
		this.cases = cases;
		this.views = views;
		this.json = json;
		this.settings = settings;
	}

	@PostMapping("/api/v1/cases")
	@Operation(summary = "Open a case (idempotent with the Idempotency-Key header)",
			description = "Answers as soon as the case is stored. Policy, SLA, routing and triage react just after"
					+ " (usually within a second): until then the case is 'submitted', 'eligible' is null and their"
					+ " sections are null; GET the case's Location for them. A retry with the same key and body"
					+ " answers the case as it is then.")
	ResponseEntity<Map<String, Object>> submit(TenantId tenant,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@RequestBody NewCaseRequest body) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
			throw InvalidInput.of("Idempotency-Key", "header is required: 1 to 200 characters, unique per new case");
		}
		NewCase request = body.parse();
		CaseManagement.Submission submission = cases.submit(tenant, idempotencyKey, json.writeValueAsString(request),
				request, new Actor(ActorRole.MERCHANT_API, tenant.value()));
		Case c = submission.result();
		var response = submission.created() ? ResponseEntity.created(URI.create("/api/v1/cases/" + c.id()))
				: ResponseEntity.ok().location(URI.create("/api/v1/cases/" + c.id()));
		if (submission.created() && !settings.reactions().inline()) {
			// the reactions run behind intake (ADR 0006): answer with what this request wrote, no read-back
			return response.eTag(etag(c)).body(views.submitted(submission));
		}
		Case current = submission.created() ? cases.find(tenant, c.id()) : c;
		return response.eTag(etag(current)).body(views.full(current));
	}

	@GetMapping("/api/v1/cases/{id}")
	@Operation(summary = "Read a case with its timeline, messages and every module's view of it")
	ResponseEntity<Map<String, Object>> get(TenantId tenant, @PathVariable String id) {
		Case c = cases.find(tenant, caseId(id));
		return ResponseEntity.ok().eTag(etag(c)).body(views.full(c));
	}

	@GetMapping("/api/v1/cases")
	@Operation(summary = "List cases in update order, with cursor pagination")
	Map<String, Object> list(TenantId tenant, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String orderId,
			@RequestParam(required = false) @Nullable String updatedSince,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false, defaultValue = "50") int limit) {
		Violations v = new Violations();
		CaseStatus parsedStatus = v.oneOf("status", status, false, w -> WireValue.parse(CaseStatus.class, w).orElse(null),
				WireValue.allowed(CaseStatus.class));
		CaseType parsedType = v.oneOf("type", type, false, w -> WireValue.parse(CaseType.class, w).orElse(null),
				WireValue.allowed(CaseType.class));
		Instant since = null;
		if (updatedSince != null) {
			try {
				since = Instant.parse(updatedSince);
			}
			catch (DateTimeParseException e) {
				v.add("updatedSince", "is not an ISO 8601 instant");
			}
		}
		if (limit < 1 || limit > 200) {
			v.add("limit", "must be between 1 and 200");
		}
		v.throwIfAny();
		CaseManagement.Page page = cases.list(tenant, parsedStatus, parsedType, orderId, since, cursor, limit);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", page.items().stream().map(views::summary).toList());
		body.put("nextCursor", page.nextCursor());
		return body;
	}

	@PostMapping("/api/v1/cases/{id}/actions/{action}")
	@Operation(summary = "Move a case along its lifecycle; If-Match carries the version acted on")
	ResponseEntity<Map<String, Object>> act(TenantId tenant, @PathVariable String id, @PathVariable String action,
			@RequestHeader("If-Match") String ifMatch, @RequestBody(required = false) @Nullable Map<String, Object> body) {
		CaseAction parsed = WireValue.parse(CaseAction.class, action)
			.orElseThrow(() -> InvalidInput.notOneOf("action", action, WireValue.allowed(CaseAction.class)));
		Case after = cases.act(tenant, caseId(id), parsed, version(ifMatch), strings(body),
				new Actor(ActorRole.AGENT, tenant.value()));
		return ResponseEntity.ok().eTag(etag(after)).body(views.full(after));
	}

	@PostMapping("/api/v1/cases/{id}/messages")
	@Operation(summary = "Write on a case: customer, agent (visible to the customer) or internal note")
	ResponseEntity<Map<String, Object>> message(TenantId tenant, @PathVariable String id,
			@RequestBody MessageRequest body) {
		Violations v = new Violations();
		MessageAuthor author = v.oneOf("author", body.author(), true,
				w -> WireValue.parse(MessageAuthor.class, w).orElse(null), WireValue.allowed(MessageAuthor.class));
		String text = v.text("text", body.text(), MAX_MESSAGE, true);
		v.throwIfAny();
		ActorRole role = author == MessageAuthor.CUSTOMER ? ActorRole.CUSTOMER : ActorRole.AGENT;
		Message message = cases.postMessage(tenant, caseId(id), author, text, new Actor(role, tenant.value()));
		Map<String, Object> view = CaseViews.message(message);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/messages/" + message.id())).body(view);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(TransitionNotAllowed e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setType(ProblemTypes.TRANSITION_NOT_ALLOWED);
		problem.setProperty("status", e.status().wire());
		problem.setProperty("allowedActions", e.allowedActions().stream().map(CaseAction::wire).toList());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(StaleCase e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
		problem.setType(ProblemTypes.STALE_VERSION);
		problem.setProperty("currentVersion", e.currentVersion());
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag("\"" + e.currentVersion() + "\"").body(problem);
	}

	static CaseId caseId(String id) {
		try {
			return CaseId.of(id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFound("no case " + id);
		}
	}

	private static String etag(Case c) {
		return "\"" + c.version() + "\"";
	}

	private static long version(String ifMatch) {
		try {
			return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
		}
		catch (NumberFormatException e) {
			throw InvalidInput.of("If-Match", "must be the case's version, e.g. \"3\"");
		}
	}

	private static Map<String, String> strings(@Nullable Map<String, Object> body) {
		if (body == null) {
			return Map.of();
		}
		Map<String, String> data = new LinkedHashMap<>();
		Violations v = new Violations();
		body.forEach((key, value) -> {
			if (value instanceof List<?> list) {
				data.put(key, String.join(",", list.stream().map(String::valueOf).toList()));
			}
			else if (value instanceof Map<?, ?>) {
				v.add(key, "must be a plain value");
			}
			else if (value != null) {
				data.put(key, String.valueOf(value));
			}
		});
		v.throwIfAny();
		return data;
	}

	record LineRequest(@Nullable String lineId, @Nullable Integer quantity) {
	}

	record NewCaseRequest(@Nullable String orderId, @Nullable String type, @Nullable String reason,
			@Nullable List<LineRequest> lines, @Nullable String message, @Nullable String channel,
			@Nullable String preferredResolution) {

		NewCase parse() {
			Violations v = new Violations();
			String order = v.text("orderId", orderId, 64, true);
			CaseType parsedType = v.oneOf("type", type, true, w -> WireValue.parse(CaseType.class, w).orElse(null),
					WireValue.allowed(CaseType.class));
			Reason parsedReason = v.oneOf("reason", reason, true, w -> WireValue.parse(Reason.class, w).orElse(null),
					WireValue.allowed(Reason.class));
			Channel parsedChannel = channel == null ? Channel.API
					: v.oneOf("channel", channel, false, w -> WireValue.parse(Channel.class, w).orElse(null),
							WireValue.allowed(Channel.class));
			List<String> preferences = WireValue.allowed(Resolution.class)
				.stream()
				.filter(r -> !r.equals("rejected"))
				.toList();
			Resolution preferred = v.oneOf("preferredResolution", preferredResolution, false,
					w -> preferences.contains(w) ? WireValue.parse(Resolution.class, w).orElse(null) : null,
					preferences);
			String text = v.text("message", message, MAX_MESSAGE, false);
			List<CaseLine> parsedLines = new ArrayList<>();
			boolean needsLines = parsedType != CaseType.INQUIRY && parsedType != CaseType.LOGISTICS
					&& parsedType != CaseType.COMPLAINT;
			if (lines == null || lines.isEmpty()) {
				if (needsLines) {
					v.add("lines", "at least one line is required for a " + type + " case");
				}
			}
			else if (lines.size() > 200) {
				v.add("lines", "at most 200 lines");
			}
			else {
				Set<String> seen = new HashSet<>();
				for (int i = 0; i < lines.size(); i++) {
					LineRequest line = lines.get(i);
					if (line == null) {
						v.add("lines[" + i + "]", "is required");
						continue;
					}
					String lineId = v.text("lines[" + i + "].lineId", line.lineId(), 64, true);
					if (lineId != null && !seen.add(lineId)) {
						v.add("lines[" + i + "].lineId", "'" + lineId + "' appears twice");
					}
					if (line.quantity() == null || line.quantity() < 1) {
						v.add("lines[" + i + "].quantity", "must be at least 1");
					}
					else if (lineId != null) {
						parsedLines.add(new CaseLine(lineId, line.quantity()));
					}
				}
			}
			v.throwIfAny();
			return new NewCase(order, parsedType, parsedReason, parsedLines, text, parsedChannel, preferred);
		}
	}

	record MessageRequest(@Nullable String author, @Nullable String text) {
	}
}
