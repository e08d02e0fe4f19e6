package io.crossback.policy;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.crossback.core.InvalidInput;
import io.crossback.core.NotFound;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problems for the policy API. Scoped to this module's controllers and ordered first, so it stays correct
 * whether or not the web module adds a global handler (which may then replace it).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { PolicyController.class, ReturnPolicyController.class })
class PolicyProblems {

	@ExceptionHandler
	ProblemDetail on(InvalidInput e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setType(URI.create("https://crossback.io/problems/invalid-input"));
		problem.setTitle("Invalid input");
		problem.setProperty("errors", e.errors().stream()
			.map(f -> Map.of("field", f.field(), "message", f.message(), "allowedValues", f.allowedValues()))
			.toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(HttpMessageNotReadableException e) {
		String field = e.getMostSpecificCause() instanceof JacksonException json && !json.getPath().isEmpty()
				? json.getPath().get(json.getPath().size() - 1).getPropertyName() : null;
		return on(new InvalidInput(List.of(new InvalidInput.FieldError(field == null ? "body" : field,
				field == null ? "is not a readable JSON object" : "has the wrong type", List.of()))));
	}

	@ExceptionHandler
	ProblemDetail on(NotFound e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(MerchantPolicies.StaleVersion e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
		problem.setType(URI.create("https://crossback.io/problems/stale-version"));
		problem.setTitle("Stale version");
		return problem;
	}
}
