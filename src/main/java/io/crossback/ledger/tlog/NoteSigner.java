package io.crossback.ledger.tlog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** One Ed25519 key that signs notes under a name. */
public final class NoteSigner {

	private final String name;

	private final PrivateKey privateKey;

	private final byte[] publicKey;

	private final byte[] keyId;

	private NoteSigner(String name, PrivateKey privateKey, PublicKey publicKey) {
		NoteKeys.requireValidName(name);
		this.name = name;
		this.privateKey = privateKey;
		this.publicKey = NoteKeys.raw(publicKey);
		this.keyId = NoteKeys.keyId(name, this.publicKey);
	}

	public static NoteSigner of(String name, KeyPair pair) {
		NoteSigner signer = new NoteSigner(name, pair.getPrivate(), pair.getPublic());
		signer.selfCheck();
		return signer;
	}

	public static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("the JDK lacks Ed25519", e);
		}
	}

	/**
	 * Reads a PKCS#8 private key (PEM, as {@code openssl genpkey -algorithm ed25519} writes it). PKCS#8 v1 carries
	 * no public key and the JDK offers no public derivation, so the key pair is regenerated from the 32-byte seed
	 * through the JDK's own generator (RFC 8032 5.1.5 is deterministic in the seed); {@link #selfCheck()} proves
	 * the pair matches.
	 */
	public static NoteSigner fromPem(String name, String pem) {
		String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
		try {
			PrivateKey key = KeyFactory.getInstance("Ed25519")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
			if (!(key instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()) {
				throw new IllegalArgumentException("not an Ed25519 private key");
			}
			byte[] seed = ed.getBytes().get();
			KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
			generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
			KeyPair pair = generator.generateKeyPair();
			NoteSigner signer = new NoteSigner(name, key, pair.getPublic());
			signer.selfCheck();
			return signer;
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalArgumentException("cannot read an Ed25519 PKCS#8 PEM key: " + e.getMessage(), e);
		}
	}

	public static String toPem(KeyPair pair) {
		return "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(pair.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
	}

	private void selfCheck() {
		byte[] probe = "crossback ledger key check".getBytes(StandardCharsets.UTF_8);
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(NoteKeys.publicKey(publicKey));
			verifier.update(probe);
			if (!verifier.verify(sign(probe))) {
				throw new IllegalArgumentException("private and public key do not match");
			}
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public String name() {
		return name;
	}

	public byte[] publicKey() {
		return publicKey.clone();
	}

	public byte[] keyId() {
		return keyId.clone();
	}

	public String vkey() {
		return NoteKeys.vkey(name, publicKey);
	}

	byte[] sign(byte[] message) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(privateKey);
			signature.update(message);
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 signing failed", e);
		}
	}

	/** The signature line's value: base64(key ID ‖ signature). */
	String signatureLine(byte[] text) {
		byte[] sig = sign(text);
		byte[] out = Arrays.copyOf(keyId, 4 + sig.length);
		System.arraycopy(sig, 0, out, 4, sig.length);
		return "\u2014 " + name + " " + Base64.getEncoder().encodeToString(out) + "\n";
	}

	/** Hands the JDK's key generator the given seed instead of fresh randomness. */
	private static final class FixedBytes extends SecureRandom {

		private final byte[] bytes;

		FixedBytes(byte[] bytes) {
			this.bytes = bytes.clone();
		}

		@Override
		public void nextBytes(byte[] out) {
			if (out.length != bytes.length) {
				throw new IllegalStateException("expected a request for " + bytes.length + " bytes");
			}
			System.arraycopy(bytes, 0, out, 0, out.length);
		}
	}
}
