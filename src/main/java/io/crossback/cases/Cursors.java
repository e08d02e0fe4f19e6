package io.crossback.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import io.crossback.core.InvalidInput;

/** Opaque list cursors: base64url of "updatedAt|id". */
final class Cursors {

	private Cursors() {
	}

	static String encode(Cases.Cursor cursor) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((cursor.updatedAt() + "|" + cursor.id()).getBytes(StandardCharsets.UTF_8));
	}

	static Cases.Cursor decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
			return new Cases.Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
		}
		catch (RuntimeException e) {
			throw InvalidInput.of("cursor", "is not a cursor this API issued");
		}
	}
}
