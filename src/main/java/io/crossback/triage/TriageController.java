package io.crossback.triage;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.cases.CaseId;
import io.crossback.core.CountryCode;
import io.crossback.core.InvalidInput;
import io.crossback.core.InvalidInput.FieldError;
import io.crossback.core.LanguageCode;
import io.crossback.core.TenantId;
import io.crossback.triage.TriageFeedback.Correction;
import io.crossback.triage.TriageFeedback.Feedback;

import tools.jackson.databind.ObjectMapper;

/** Triage over HTTP: triage a text, correct a case's triage, export the corrections. */
@RestController
class TriageController {

	private final MessageTriage triage;

	private final TriageFeedback feedback;

	private final ObjectMapper json;

	TriageController(MessageTriage triage, TriageFeedback feedback, ObjectMapper json) {
		this.triage = triage;
		this.feedback = feedback;
		this.json = json;
	}

	/** {@code {"text": "…", "hints": {"customerLanguage": "th", "market": "TH"}}} */
	record TriageRequest(@Nullable String text, @Nullable Hints hints) {
	}

	/** Optional hints; they break ties between similar languages, never override a clear signal. */
	record Hints(@Nullable String customerLanguage, @Nullable String market) {
	}

	@PostMapping("/api/v1/triage")
	TriageResult triage(@RequestBody TriageRequest request) {
		List<FieldError> errors = new ArrayList<>();
		String language = null;
		String market = null;
		if (request.hints() != null) {
			language = request.hints().customerLanguage();
			if (language != null && !LanguageCode.isValid(language)) {
				errors.add(new FieldError("hints.customerLanguage", "'" + language + "' is not an ISO 639-1 code",
						List.copyOf(LanguageDetection.supportedCodes())));
			}
			market = request.hints().market();
			if (market != null && !CountryCode.isValid(market)) {
				errors.add(new FieldError("hints.market", "'" + market + "' is not an ISO 3166-1 alpha-2 code",
						List.of()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return triage.triage(request.text(), language, market);
	}

	@PostMapping("/api/v1/cases/{caseId}/triage/corrections")
	@ResponseStatus(HttpStatus.CREATED)
	Feedback correct(TenantId tenantId, @PathVariable UUID caseId, @RequestBody Correction correction,
			@Nullable Principal principal) {
		return feedback.correct(tenantId, new CaseId(caseId), correction,
				principal == null ? "unknown" : principal.getName());
	}

	/** The tenant's corrections as JSON lines, one labelled example per line, for retraining. */
	@GetMapping(path = "/api/v1/triage/feedback", produces = "application/x-ndjson")
	ResponseEntity<String> export(TenantId tenantId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant since) {
		StringBuilder lines = new StringBuilder();
		feedback.export(tenantId, since, row -> lines.append(json.writeValueAsString(row)).append('\n'));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson")).body(lines.toString());
	}
}
