package io.crossback.ledger.tlog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** Key IDs and verifier-key strings of the C2SP signed-note format, Ed25519 only (signature type 0x01). */
public final class NoteKeys {

	static final byte ED25519 = 0x01;

	/** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519; the raw 32-byte key follows it. */
	private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	private NoteKeys() {
	}

	/** The first four bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key). */
	public static byte[] keyId(String name, byte[] rawPublicKey) {
		MessageDigest sha = Hashes.digest();
		sha.update(name.getBytes(StandardCharsets.UTF_8));
		sha.update((byte) 0x0A);
		sha.update(ED25519);
		sha.update(rawPublicKey);
		return Arrays.copyOf(sha.digest(), 4);
	}

	/** {@code <name>+<8 hex key ID>+<base64(0x01 ‖ public key)>}. */
	public static String vkey(String name, byte[] rawPublicKey) {
		byte[] typed = new byte[1 + rawPublicKey.length];
		typed[0] = ED25519;
		System.arraycopy(rawPublicKey, 0, typed, 1, rawPublicKey.length);
		return name + "+" + HexFormat.of().formatHex(keyId(name, rawPublicKey)) + "+"
				+ Base64.getEncoder().encodeToString(typed);
	}

	static void requireValidName(String name) {
		if (name.isEmpty() || name.contains("+") || name.chars().anyMatch(c -> Character.isWhitespace(c))) {
			throw new IllegalArgumentException("key name must be non-empty without spaces or '+': " + name);
		}
	}

	/** The raw 32 bytes of an Ed25519 public key. */
	public static byte[] raw(PublicKey key) {
		byte[] der = key.getEncoded();
		if (der.length != X509_PREFIX.length + 32
				|| !Arrays.equals(Arrays.copyOf(der, X509_PREFIX.length), X509_PREFIX)) {
			throw new IllegalArgumentException("not an Ed25519 public key: " + key.getAlgorithm());
		}
		return Arrays.copyOfRange(der, X509_PREFIX.length, der.length);
	}

	public static PublicKey publicKey(byte[] raw) {
		if (raw.length != 32) {
			throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
		}
		byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
		System.arraycopy(raw, 0, der, X509_PREFIX.length, 32);
		try {
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("not an Ed25519 public key", e);
		}
	}
}
