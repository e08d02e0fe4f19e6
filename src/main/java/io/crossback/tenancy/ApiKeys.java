package io.crossback.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Generates API keys and hashes them. Keys carry 256 random bits, so a fast hash (SHA-256) is safe to store. */
final class ApiKeys {

	static final String PREFIX = "cb_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeys() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String displayPrefix(String key) {
		return key.substring(0, Math.min(10, key.length()));
	}
}
