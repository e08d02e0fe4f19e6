package io.crossback.core;

import java.net.URI;

/**
 * The one catalogue of problem types (RFC 9457 {@code type} URIs) Crossback answers with. Stable: clients switch on
 * them. Each resolves to a human page once the documentation site exists.
 */
public final class ProblemTypes {

	private static final String BASE = "https://crossback.io/problems/";

	public static final URI VALIDATION = of("validation");

	public static final URI MALFORMED_REQUEST = of("malformed-request");

	public static final URI UNAUTHENTICATED = of("unauthenticated");

	public static final URI FORBIDDEN = of("forbidden");

	public static final URI NOT_FOUND = of("not-found");

	public static final URI TRANSITION_NOT_ALLOWED = of("transition-not-allowed");

	public static final URI IDEMPOTENCY_KEY_REUSED = of("idempotency-key-reused");

	public static final URI STALE_VERSION = of("stale-version");

	public static final URI PRECONDITION_REQUIRED = of("precondition-required");

	public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");

	public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");

	public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");

	public static final URI TOO_MANY_REQUESTS = of("too-many-requests");

	public static final URI INTERNAL = of("internal-error");

	private ProblemTypes() {
	}

	/** The type URI for a slug such as {@code idempotency-key-reused}. */
	public static URI of(String slug) {
		return URI.create(BASE + slug);
	}
}
