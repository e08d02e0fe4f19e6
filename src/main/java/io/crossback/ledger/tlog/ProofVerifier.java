package io.crossback.ledger.tlog;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/** RFC 9162 2.1.3.2 and 2.1.4.2: checks inclusion and consistency proofs against known roots. */
public final class ProofVerifier {

	private ProofVerifier() {
	}

	/** Thrown when a proof does not prove what it claims; the message says why. */
	public static class InvalidProof extends Exception {

		public InvalidProof(String message) {
			super(message, null, false, false);
		}
	}

	public static void verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path,
			byte[] root) throws InvalidProof {
		requireHashes(path);
		requireHash(leafHash, "leaf hash");
		requireHash(root, "root");
		if (leafIndex < 0 || leafIndex >= treeSize) {
			throw new InvalidProof("leaf index " + leafIndex + " is not below tree size " + treeSize);
		}
		long fn = leafIndex;
		long sn = treeSize - 1;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (sn == 0) {
				throw new InvalidProof("inclusion proof is longer than the tree is deep");
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = Hashes.nodeHash(p, r);
				if ((fn & 1) == 0) {
					while ((fn & 1) == 0 && fn != 0) {
						fn >>>= 1;
						sn >>>= 1;
					}
				}
			}
			else {
				r = Hashes.nodeHash(r, p);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		if (sn != 0) {
			throw new InvalidProof("inclusion proof is shorter than the tree is deep");
		}
		if (!MessageDigest.isEqual(r, root)) {
			throw new InvalidProof("inclusion proof leads to a different root");
		}
	}

	public static void verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
			List<byte[]> proof) throws InvalidProof {
		requireHashes(proof);
		requireHash(firstRoot, "first root");
		requireHash(secondRoot, "second root");
		if (first < 1 || first > second) {
			throw new InvalidProof("no consistency proof exists from size " + first + " to " + second);
		}
		if (first == second) {
			if (!proof.isEmpty()) {
				throw new InvalidProof("a consistency proof between equal sizes must be empty");
			}
			if (!MessageDigest.isEqual(firstRoot, secondRoot)) {
				throw new InvalidProof("equal sizes with different roots");
			}
			return;
		}
		if (proof.isEmpty()) {
			throw new InvalidProof("empty consistency proof between different sizes");
		}
		List<byte[]> path = new ArrayList<>(proof);
		if (Long.bitCount(first) == 1) {
			path.add(0, firstRoot);
		}
		long fn = first - 1;
		long sn = second - 1;
		while ((fn & 1) == 1) {
			fn >>>= 1;
			sn >>>= 1;
		}
		byte[] fr = path.get(0);
		byte[] sr = path.get(0);
		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				throw new InvalidProof("consistency proof is too long");
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = Hashes.nodeHash(c, fr);
				sr = Hashes.nodeHash(c, sr);
				if ((fn & 1) == 0) {
					while ((fn & 1) == 0 && fn != 0) {
						fn >>>= 1;
						sn >>>= 1;
					}
				}
			}
			else {
				sr = Hashes.nodeHash(sr, c);
			}
			fn >>>= 1;
			sn >>>= 1;
		}
		if (sn != 0) {
			throw new InvalidProof("consistency proof is too short");
		}
		if (!MessageDigest.isEqual(fr, firstRoot)) {
			throw new InvalidProof("consistency proof does not lead to the first root");
		}
		if (!MessageDigest.isEqual(sr, secondRoot)) {
			throw new InvalidProof("consistency proof does not lead to the second root");
		}
	}

	private static void requireHashes(List<byte[]> hashes) throws InvalidProof {
		for (int i = 0; i < hashes.size(); i++) {
			requireHash(hashes.get(i), "proof hash " + i);
		}
	}

	private static void requireHash(byte[] hash, String what) throws InvalidProof {
		if (hash == null || hash.length != Hashes.SIZE) {
			throw new InvalidProof(what + " is not 32 bytes");
		}
	}
}
