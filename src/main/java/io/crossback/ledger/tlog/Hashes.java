package io.crossback.ledger.tlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 6962 section 2.1 hashing: SHA-256 with a 0x00 prefix for leaves and 0x01 for interior nodes. */
public final class Hashes {

	public static final int SIZE = 32;

	private Hashes() {
	}

	public static byte[] sha256(byte[] data) {
		return digest().digest(data);
	}

	/** MTH({}) = SHA-256(""). */
	public static byte[] emptyRoot() {
		return sha256(new byte[0]);
	}

	public static byte[] leafHash(byte[] leafData) {
		MessageDigest sha = digest();
		sha.update((byte) 0x00);
		sha.update(leafData);
		return sha.digest();
	}

	public static byte[] nodeHash(byte[] left, byte[] right) {
		MessageDigest sha = digest();
		sha.update((byte) 0x01);
		sha.update(left);
		sha.update(right);
		return sha.digest();
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}

	public static String hex(byte[] bytes) {
		return java.util.HexFormat.of().formatHex(bytes);
	}
}
