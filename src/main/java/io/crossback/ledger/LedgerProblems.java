package io.crossback.ledger;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.crossback.core.ProblemTypes;

/**
 * A missing query parameter of the proof endpoints as a validation problem naming the parameter (the framework's
 * default problem names none). Everything else is answered by the web module's application-wide advice.
 */
@RestControllerAdvice(assignableTypes = { LedgerController.class, TileController.class, EvidenceController.class })
@Order(-10)
class LedgerProblems {

	@ExceptionHandler
	ProblemDetail on(MissingServletRequestParameterException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				e.getParameterName() + ": is required");
		problem.setType(ProblemTypes.VALIDATION);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", e.getParameterName(), "message", "is required")));
		return problem;
	}
}
