package io.crossback.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Encrypts personal data (names, e-mail addresses) before it is stored: AES-256-GCM with a random 96-bit nonce,
 * stored as base64(nonce ‖ ciphertext). {@link #blindIndex(String)} gives a keyed hash for equality look-ups (find an
 * order by e-mail) without storing the address in clear.
 */
public final class PersonalDataCipher {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	private final byte[] indexKey;

	public PersonalDataCipher(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("the personal-data key must be 32 bytes (256 bits)");
		}
		this.key = new SecretKeySpec(key, "AES");
		this.indexKey = sha256(concat("blind-index".getBytes(StandardCharsets.UTF_8), key));
	}

	public static byte[] newKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}

	public @Nullable String encrypt(@Nullable String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[12];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(concat(nonce, sealed));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot encrypt", e);
		}
	}

	public @Nullable String decrypt(@Nullable String stored) {
		if (stored == null) {
			return null;
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
			return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("cannot decrypt personal data: wrong key?", e);
		}
	}

	/** A keyed, deterministic hash of a normalised value, for look-ups by equality. */
	public String blindIndex(String value) {
		String normalised = value.trim().toLowerCase(java.util.Locale.ROOT);
		return HexFormat.of().formatHex(sha256(concat(indexKey, normalised.getBytes(StandardCharsets.UTF_8))));
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = new byte[a.length + b.length];
		System.arraycopy(a, 0, out, 0, a.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
