package io.crossback.core;

import java.util.List;

/**
 * Input that breaks a rule, naming each offending field. The web layer turns it into a 400 problem with an
 * {@code errors} array; nothing may have been written when it is thrown.
 */
public class InvalidInput extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInput(List<FieldError> errors) {
		super(errors.isEmpty() ? "invalid input"
				: errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElseThrow(),
				null, false, false);
		this.errors = List.copyOf(errors);
	}

	public static InvalidInput of(String field, String message) {
		return new InvalidInput(List.of(new FieldError(field, message, List.of())));
	}

	public static InvalidInput notOneOf(String field, Object given, List<String> allowed) {
		return new InvalidInput(List.of(new FieldError(field, "'" + given + "' is not one of " + allowed, allowed)));
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** One offending field (a JSON pointer-ish path such as {@code lines[0].quantity}) and, for enums, its values. */
	public record FieldError(String field, String message, List<String> allowedValues) {
	}
}
