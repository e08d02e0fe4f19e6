package io.crossback.ledger.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.crossback.ledger.tlog.ProofVerifier.InvalidProof;

/**
 * Proofs built from stored nodes equal the naive RFC 9162 recursion over all leaves, for every index and size pair
 * up to 70 leaves, and verify; altered proofs do not.
 */
class ProofsTest {

	static final int MAX = 70;

	static MemoryTree tree = new MemoryTree();

	@BeforeAll
	static void growInRandomBatches() {
		Random random = new Random(6962);
		int next = 0;
		while (next < MAX) {
			int n = Math.min(MAX - next, 1 + random.nextInt(9));
			List<byte[]> batch = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				batch.add(MemoryTree.leaf(next++));
			}
			tree.append(batch);
		}
	}

	@Test
	void rootsOfEverySizeEqualTheNaiveRoot() {
		for (int n = 0; n <= MAX; n++) {
			assertThat(tree.roots.get(n)).as("root %d", n).isEqualTo(NaiveMerkle.mth(tree.leaves.subList(0, n)));
		}
	}

	@Test
	void inclusionProofsEqualTheNaiveOnesAndVerify() throws InvalidProof {
		for (int size = 1; size <= MAX; size++) {
			for (int index = 0; index < size; index++) {
				List<byte[]> proof = tree.inclusion(index, size);
				assertThat(proof).as("path %d in %d", index, size)
					.containsExactlyElementsOf(NaiveMerkle.path(index, tree.leaves.subList(0, size)));
				ProofVerifier.verifyInclusion(index, size, Hashes.leafHash(tree.leaves.get(index)), proof,
						tree.roots.get(size));
			}
		}
	}

	@Test
	void consistencyProofsEqualTheNaiveOnesAndVerify() throws InvalidProof {
		for (int to = 1; to <= MAX; to++) {
			for (int from = 1; from <= to; from++) {
				List<byte[]> proof = tree.consistency(from, to);
				assertThat(proof).as("proof %d to %d", from, to)
					.containsExactlyElementsOf(NaiveMerkle.proof(from, tree.leaves.subList(0, to)));
				ProofVerifier.verifyConsistency(from, to, tree.roots.get(from), tree.roots.get(to), proof);
			}
		}
	}

	@Test
	void consistencyBetweenEqualSizesIsEmptyAndNeedsEqualRoots() throws InvalidProof {
		assertThat(tree.consistency(13, 13)).isEmpty();
		ProofVerifier.verifyConsistency(13, 13, tree.roots.get(13), tree.roots.get(13), List.of());
		assertThatThrownBy(() -> ProofVerifier.verifyConsistency(13, 13, tree.roots.get(13), tree.roots.get(12),
				List.of())).isInstanceOf(InvalidProof.class);
		assertThatThrownBy(() -> ProofVerifier.verifyConsistency(13, 13, tree.roots.get(13), tree.roots.get(13),
				List.of(tree.roots.get(13)))).isInstanceOf(InvalidProof.class);
	}

	@Test
	void everyAlteredInclusionProofIsRejected() {
		for (int size = 2; size <= 40; size++) {
			for (int index = 0; index < size; index++) {
				byte[] leaf = Hashes.leafHash(tree.leaves.get(index));
				byte[] root = tree.roots.get(size);
				List<byte[]> proof = tree.inclusion(index, size);
				int s = size;
				int i = index;
				for (List<byte[]> bad : alterations(proof)) {
					assertRejected(() -> ProofVerifier.verifyInclusion(i, s, leaf, bad, root));
				}
				assertRejected(() -> ProofVerifier.verifyInclusion(i, s, leaf, proof, tree.roots.get(s - 1)));
				assertRejected(() -> ProofVerifier.verifyInclusion(i, s, Hashes.leafHash("x".getBytes()), proof, root));
				assertRejected(() -> ProofVerifier.verifyInclusion(s, s, leaf, proof, root));
				if (i + 1 < s) {
					assertRejected(() -> ProofVerifier.verifyInclusion(i + 1, s, leaf, proof, root));
				}
			}
		}
	}

	@Test
	void everyAlteredConsistencyProofIsRejected() {
		for (int to = 2; to <= 40; to++) {
			for (int from = 1; from < to; from++) {
				byte[] a = tree.roots.get(from);
				byte[] b = tree.roots.get(to);
				List<byte[]> proof = tree.consistency(from, to);
				int f = from;
				int t = to;
				for (List<byte[]> bad : alterations(proof)) {
					assertRejected(() -> ProofVerifier.verifyConsistency(f, t, a, b, bad));
				}
				assertRejected(() -> ProofVerifier.verifyConsistency(f, t, b, a, proof));
				assertRejected(() -> ProofVerifier.verifyConsistency(f, t, a, tree.roots.get(t - 1), proof));
				assertRejected(() -> ProofVerifier.verifyConsistency(0, t, a, b, proof));
			}
		}
	}

	@Test
	void proofsClaimedForAnotherTreeSizeAreRejected() {
		byte[] leaf = Hashes.leafHash(tree.leaves.get(5));
		List<byte[]> path = tree.inclusion(5, 8);
		assertRejected(() -> ProofVerifier.verifyInclusion(5, 16, leaf, path, tree.roots.get(8)));
		assertRejected(() -> ProofVerifier.verifyInclusion(5, 4, leaf, path, tree.roots.get(8)));
		assertRejected(() -> ProofVerifier.verifyInclusion(8, 8, leaf, path, tree.roots.get(8)));
		List<byte[]> proof = tree.consistency(6, 13);
		assertRejected(() -> ProofVerifier.verifyConsistency(6, 26, tree.roots.get(6), tree.roots.get(13), proof));
		assertRejected(() -> ProofVerifier.verifyConsistency(3, 13, tree.roots.get(6), tree.roots.get(13), proof));
		assertRejected(() -> ProofVerifier.verifyConsistency(14, 13, tree.roots.get(6), tree.roots.get(13), proof));
	}

	@Test
	void hashesThatAreNot32BytesAreRejected() {
		byte[] leaf = Hashes.leafHash(tree.leaves.get(3));
		List<byte[]> proof = new ArrayList<>(tree.inclusion(3, 8));
		proof.set(1, java.util.Arrays.copyOf(proof.get(1), 31));
		assertThatThrownBy(() -> ProofVerifier.verifyInclusion(3, 8, leaf, proof, tree.roots.get(8)))
			.isInstanceOf(InvalidProof.class)
			.hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> ProofVerifier.verifyInclusion(3, 8, new byte[31], tree.inclusion(3, 8),
				tree.roots.get(8))).hasMessageContaining("32 bytes");
	}

	@Test
	void proofRangesRefuseImpossibleRequests() {
		assertThatThrownBy(() -> Ranges.inclusion(5, 5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Ranges.consistency(0, 5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Ranges.consistency(6, 5)).isInstanceOf(IllegalArgumentException.class);
		assertThatCode(() -> Ranges.consistency(5, 5)).doesNotThrowAnyException();
	}

	@Test
	void aProofNeedsOnlyLogarithmicallyManyStoredNodes() {
		long size = 10_000_000L;
		var ranges = Ranges.inclusion(4_321_987L, size);
		assertThat(Ranges.nodes(ranges)).hasSizeLessThanOrEqualTo(2 * 64);
		var consistency = Ranges.consistency(9_876_543L, size);
		assertThat(Ranges.nodes(consistency)).hasSizeLessThanOrEqualTo(2 * 64);
	}

	/** Each hash flipped in one bit, each hash dropped, one hash added, and neighbours swapped. */
	static List<List<byte[]>> alterations(List<byte[]> proof) {
		List<List<byte[]>> out = new ArrayList<>();
		for (int i = 0; i < proof.size(); i++) {
			List<byte[]> flipped = new ArrayList<>(proof);
			byte[] h = proof.get(i).clone();
			h[i % 32] ^= 0x01;
			flipped.set(i, h);
			out.add(flipped);
			List<byte[]> dropped = new ArrayList<>(proof);
			dropped.remove(i);
			out.add(dropped);
			if (i + 1 < proof.size() && !java.util.Arrays.equals(proof.get(i), proof.get(i + 1))) {
				List<byte[]> swapped = new ArrayList<>(proof);
				java.util.Collections.swap(swapped, i, i + 1);
				out.add(swapped);
			}
		}
		List<byte[]> longer = new ArrayList<>(proof);
		longer.add(Hashes.emptyRoot());
		out.add(longer);
		return out;
	}

	static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(InvalidProof.class);
	}
}
