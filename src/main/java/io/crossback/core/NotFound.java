package io.crossback.core;

/** A resource of the caller's tenant that does not exist; the web layer answers 404. */
public class NotFound extends RuntimeException {

	public NotFound(String message) {
		super(message, null, false, false);
	}
}
