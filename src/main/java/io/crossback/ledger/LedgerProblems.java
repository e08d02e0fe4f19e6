package io.crossback.ledger;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.crossback.core.InvalidInput;
import io.crossback.core.NotFound;

/**
 * RFC 9457 problems for the ledger's controllers, naming the offending field (an {@code errors} array as core's
 * {@link InvalidInput} prescribes). Ordered ahead of Boot's problem-details handler, whose type-mismatch problem
 * names no field; it applies to the ledger's own controllers only.
 */
@RestControllerAdvice(assignableTypes = { LedgerController.class, TileController.class, EvidenceController.class })
@Order(-10)
class LedgerProblems {

	private static final URI INVALID = URI.create("https://crossback.io/problems/invalid-input");

	@ExceptionHandler
	ProblemDetail on(InvalidInput e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setType(INVALID);
		problem.setProperty("errors", e.errors()
			.stream()
			.map(f -> Map.of("field", f.field(), "message", f.message(), "allowedValues", f.allowedValues()))
			.toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(MethodArgumentTypeMismatchException e) {
		return on(InvalidInput.of(e.getName(), "must be a " + (e.getRequiredType() == null ? "value"
				: e.getRequiredType().getSimpleName().replace("long", "whole number"))));
	}

	@ExceptionHandler
	ProblemDetail on(MissingServletRequestParameterException e) {
		return on(new InvalidInput(List.of(new InvalidInput.FieldError(e.getParameterName(), "is required",
				List.of()))));
	}

	@ExceptionHandler
	ProblemDetail on(NotFound e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}
}
