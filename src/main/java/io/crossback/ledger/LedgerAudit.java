package io.crossback.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.ledger.tlog.Checkpoint;
import io.crossback.ledger.tlog.Hashes;
import io.crossback.ledger.tlog.NodeId;
import io.crossback.ledger.tlog.ProofVerifier;
import io.crossback.ledger.tlog.Ranges;
import io.crossback.ledger.tlog.SignedNote;
import io.crossback.ledger.tlog.TreeAppender;

/**
 * Checks the whole stored log against its signed state: every checkpoint's signature, the tree recomputed from the
 * stored leaves against every stored node and every signed root, and a consistency proof between each two
 * consecutive checkpoints. Stops at the first disagreement and names the first leaf index it concerns.
 */
@Component
class LedgerAudit {

	private static final int CHUNK = 10_000;

	private final LogStore store;

	private final List<SignedNote.Verifier> trusted;

	@Autowired
	LedgerAudit(LogStore store, SigningKeys keys) {
		this(store, keys.verifiers());
	}

	LedgerAudit(LogStore store, List<SignedNote.Verifier> trusted) {
		this.store = store;
		this.trusted = trusted;
	}

	/**
	 * @param consistent whether everything checked agrees
	 * @param treeSize the size of the latest checkpoint examined
	 * @param firstBadIndex the first leaf index where stored data and signed state disagree, if any
	 */
	record Report(boolean consistent, long treeSize, int checkpoints, long leaves, @Nullable Long firstBadIndex,
			@Nullable String problem) {

		static Report ok(long size, int checkpoints) {
			return new Report(true, size, checkpoints, size, null, null);
		}
	}

	@Transactional(readOnly = true)
	Report run() {
		List<LogStore.StoredCheckpoint> checkpoints = store.checkpoints();
		if (checkpoints.isEmpty()) {
			return Report.ok(0, 0);
		}
		long latest = checkpoints.get(checkpoints.size() - 1).treeSize();
		// 1. every checkpoint is signed by a trusted key and says what its row says
		for (LogStore.StoredCheckpoint c : checkpoints) {
			try {
				Checkpoint signed = Checkpoint.parse(SignedNote.open(c.note(), trusted).text());
				if (signed.size() != c.treeSize() || !MessageDigest.isEqual(signed.root(), c.root())) {
					return bad(latest, checkpoints.size(), c.treeSize(), Math.max(0, c.treeSize() - 1),
							"checkpoint " + c.treeSize() + ": stored size or root differs from the signed note");
				}
			}
			catch (SignedNote.InvalidNote | IllegalArgumentException e) {
				return bad(latest, checkpoints.size(), c.treeSize(), Math.max(0, c.treeSize() - 1),
						"checkpoint " + c.treeSize() + ": " + e.getMessage());
			}
		}
		// 2. recompute from leaves, checkpoint by checkpoint
		Map<NodeId, byte[]> frontier = new HashMap<>();
		long size = 0;
		LogStore.StoredCheckpoint previous = null;
		for (LogStore.StoredCheckpoint c : checkpoints) {
			while (size < c.treeSize()) {
				long end = Math.min(c.treeSize(), size + CHUNK);
				List<LogStore.Leaf> leaves = store.leaves(size, end);
				if (leaves.size() != end - size) {
					long missing = firstGap(leaves, size);
					return bad(latest, checkpoints.size(), size, missing, "leaf " + missing + " is missing");
				}
				List<byte[]> hashes = new ArrayList<>(leaves.size());
				for (LogStore.Leaf leaf : leaves) {
					try {
						LogEntry.parse(leaf.data());
					}
					catch (RuntimeException e) {
						return bad(latest, checkpoints.size(), size, leaf.index(),
								"leaf " + leaf.index() + " is not a canonical log entry");
					}
					hashes.add(Hashes.leafHash(leaf.data()));
				}
				var appended = TreeAppender.append(size, frontier, hashes);
				Map<NodeId, byte[]> stored = store.nodes(appended.newNodes().keySet());
				// a changed leaf also changes every recomputed ancestor: the lowest mismatching node is the culprit
				NodeId culprit = null;
				for (var node : appended.newNodes().entrySet()) {
					byte[] s = stored.get(node.getKey());
					if (s == null || !MessageDigest.isEqual(s, node.getValue())) {
						NodeId id = node.getKey();
						if (culprit == null || id.level() < culprit.level()
								|| id.level() == culprit.level() && id.index() < culprit.index()) {
							culprit = id;
						}
					}
				}
				if (culprit != null) {
					return bad(latest, checkpoints.size(), size, culprit.firstLeaf(), (culprit.level() == 0
							? "leaf " + culprit.index() + " does not match its stored leaf hash"
							: "stored node at level " + culprit.level() + " over leaves " + culprit.firstLeaf() + "-"
									+ (culprit.endLeaf() - 1) + " does not match the hash of the stored leaves"));
				}
				Map<NodeId, byte[]> all = new HashMap<>(frontier);
				all.putAll(appended.newNodes());
				frontier = new HashMap<>();
				for (NodeId id : Ranges.frontier(end)) {
					frontier.put(id, all.get(id));
				}
				size = end;
			}
			byte[] root = Ranges.root(size, frontier);
			if (!MessageDigest.isEqual(root, c.root())) {
				long from = previous == null ? 0 : previous.treeSize();
				return bad(latest, checkpoints.size(), size, from, "checkpoint " + c.treeSize()
						+ ": root recomputed from the stored leaves differs from the signed root");
			}
			// 3. consistency between consecutive checkpoints, from stored nodes
			if (previous != null && previous.treeSize() > 0) {
				try {
					ProofVerifier.verifyConsistency(previous.treeSize(), c.treeSize(), previous.root(), c.root(),
							store.hashes(Ranges.consistency(previous.treeSize(), c.treeSize())));
				}
				catch (ProofVerifier.InvalidProof | IllegalStateException e) {
					return bad(latest, checkpoints.size(), size, previous.treeSize(), "checkpoints "
							+ previous.treeSize() + " and " + c.treeSize() + " are not consistent: " + e.getMessage());
				}
			}
			previous = c;
		}
		return Report.ok(latest, checkpoints.size());
	}

	private static long firstGap(List<LogStore.Leaf> leaves, long from) {
		long expected = from;
		for (LogStore.Leaf leaf : leaves) {
			if (leaf.index() != expected) {
				return expected;
			}
			expected++;
		}
		return expected;
	}

	private static Report bad(long latest, int checkpoints, long checked, long index, String problem) {
		return new Report(false, latest, checkpoints, checked, index, problem);
	}
}
