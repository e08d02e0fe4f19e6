package io.crossback.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.crossback.core.Conflict;
import io.crossback.core.InvalidInput;
import io.crossback.core.NotFound;
import io.crossback.core.ProblemTypes;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error of every module into an RFC 9457 problem: framework errors (malformed JSON, wrong media type,
 * missing headers) and the shared kernel's {@link InvalidInput}, {@link NotFound} and {@link Conflict}. Modules map
 * their own exceptions in their web packages; those advices run first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(InvalidInput e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, e.getMessage());
		problem.setTitle("Invalid request");
		problem.setProperty("errors", e.errors().stream().map(ProblemAdvice::error).toList());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(NotFound e) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(Conflict e) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, ProblemTypes.of(e.problemType()), e.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(MethodArgumentTypeMismatchException e) {
		return on(InvalidInput.of(e.getName(), "'" + e.getValue() + "' is not a valid value"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(Exception e) {
		log.error("Unexpected error", e);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
					"Something went wrong on our side; nothing you sent was the cause."));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(e);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
				field == null ? "The request body is not valid JSON for this endpoint."
						: "The request body has a value of the wrong type at '" + field + "'.");
		if (field != null) {
			problem.setProperty("errors", List.of(Map.of("field", field, "message", "wrong type or format")));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		for (FieldError error : e.getBindingResult().getFieldErrors()) {
			errors.add(new InvalidInput.FieldError(error.getField(),
					error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage(), List.of()));
		}
		return ResponseEntity.badRequest().body(on(new InvalidInput(errors)).getBody());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(MissingRequestHeaderException e) {
		HttpStatus answer = "If-Match".equalsIgnoreCase(e.getHeaderName()) ? HttpStatus.PRECONDITION_REQUIRED
				: HttpStatus.BAD_REQUEST;
		URI type = answer == HttpStatus.PRECONDITION_REQUIRED ? ProblemTypes.PRECONDITION_REQUIRED
				: ProblemTypes.VALIDATION;
		ProblemDetail problem = problem(answer, type, "The header '" + e.getHeaderName() + "' is required.");
		problem.setProperty("errors", List.of(Map.of("field", e.getHeaderName(), "message", "required header")));
		return ResponseEntity.status(answer).body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
					"Send the body as application/json."));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpRequestMethodNotSupported(
			HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.body(problem(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED, e.getMessage()));
	}

	private static @Nullable String fieldOf(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		while (cause != null) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (var reference : databind.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.toString();
			}
			cause = cause.getCause();
		}
		return null;
	}

	private static Map<String, Object> error(InvalidInput.FieldError error) {
		return error.allowedValues().isEmpty() ? Map.of("field", error.field(), "message", error.message())
				: Map.of("field", error.field(), "message", error.message(), "allowedValues", error.allowedValues());
	}

	static ProblemDetail problem(HttpStatus status, URI type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		return problem;
	}
}
