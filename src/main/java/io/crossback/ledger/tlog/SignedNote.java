package io.crossback.ledger.tlog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * C2SP signed-note: the text (ending in a newline), a blank line, then one {@code — <name> <base64(key ID ‖ sig)>}
 * line per signature. Ed25519 signatures cover the text's bytes.
 */
public final class SignedNote {

	private static final String DASH = "\u2014 ";

	private SignedNote() {
	}

	public static String sign(String text, List<NoteSigner> signers) {
		if (!text.endsWith("\n")) {
			throw new IllegalArgumentException("note text must end in a newline");
		}
		if (signers.isEmpty()) {
			throw new IllegalArgumentException("a note needs at least one signature");
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		StringBuilder note = new StringBuilder(text).append('\n');
		signers.forEach(s -> note.append(s.signatureLine(bytes)));
		return note.toString();
	}

	/** A verifier key parsed from {@code <name>+<hex key ID>+<base64(0x01 ‖ key)>}. */
	public record Verifier(String name, byte[] keyId, byte[] publicKey) {

		public static Verifier parse(String vkey) {
			String[] parts = vkey.trim().split("\\+", 3);
			if (parts.length != 3) {
				throw new IllegalArgumentException("a vkey has three '+'-separated parts");
			}
			byte[] typed = Base64.getDecoder().decode(parts[2]);
			if (typed.length != 33 || typed[0] != NoteKeys.ED25519) {
				throw new IllegalArgumentException("only Ed25519 vkeys (type 0x01, 32 bytes) are supported");
			}
			byte[] key = Arrays.copyOfRange(typed, 1, 33);
			byte[] id = HexFormat.of().parseHex(parts[1]);
			if (!Arrays.equals(id, NoteKeys.keyId(parts[0], key))) {
				throw new IllegalArgumentException("vkey's key ID does not match its name and key");
			}
			return new Verifier(parts[0], id, key);
		}
	}

	/** Thrown when a note carries no valid signature by a trusted key, or a bad one by a trusted key. */
	public static class InvalidNote extends Exception {

		public InvalidNote(String message) {
			super(message, null, false, false);
		}
	}

	/** A note whose text was verified; {@code signedBy} names the trusted keys whose signatures checked. */
	public record Opened(String text, List<String> signedBy) {
	}

	public static Opened open(String note, List<Verifier> trusted) throws InvalidNote {
		int split = note.lastIndexOf("\n\n");
		if (split < 0 || !note.endsWith("\n")) {
			throw new InvalidNote("not a signed note: no blank line before the signatures");
		}
		String text = note.substring(0, split + 1);
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		List<String> signedBy = new ArrayList<>();
		for (String line : note.substring(split + 2).split("\n")) {
			if (!line.startsWith(DASH)) {
				throw new InvalidNote("malformed signature line: " + line);
			}
			String[] parts = line.substring(DASH.length()).split(" ");
			if (parts.length != 2) {
				throw new InvalidNote("malformed signature line: " + line);
			}
			byte[] sig;
			try {
				sig = Base64.getDecoder().decode(parts[1]);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidNote("signature is not base64");
			}
			if (sig.length < 4) {
				throw new InvalidNote("signature too short");
			}
			byte[] id = Arrays.copyOf(sig, 4);
			for (Verifier v : trusted) {
				if (v.name().equals(parts[0]) && MessageDigest.isEqual(v.keyId(), id)) {
					if (sig.length != 68 || !verify(v.publicKey(), bytes, Arrays.copyOfRange(sig, 4, 68))) {
						throw new InvalidNote("bad signature by " + v.name() + "+" + HexFormat.of().formatHex(id));
					}
					signedBy.add(v.name() + "+" + HexFormat.of().formatHex(id));
				}
			}
		}
		if (signedBy.isEmpty()) {
			throw new InvalidNote("no signature by a trusted key");
		}
		return new Opened(text, signedBy);
	}

	private static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		try {
			Signature s = Signature.getInstance("Ed25519");
			s.initVerify(NoteKeys.publicKey(publicKey));
			s.update(message);
			return s.verify(signature);
		}
		catch (GeneralSecurityException e) {
			return false;
		}
	}
}
