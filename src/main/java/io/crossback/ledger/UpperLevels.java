package io.crossback.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.crossback.ledger.tlog.Hashes;
import io.crossback.ledger.tlog.NodeId;

/**
 * The hashes of the tree's upper levels held in memory ({@code crossback.ledger.proof-memory-level}, 10 by default),
 * so that a proof reads only its few lowest nodes from the database. A stored node never changes and there are few of
 * them up there: from level 10, one hash per 1,024 leaves on the lowest cached level, about n/16 bytes in all (0.6 MB
 * at 10 million leaves, 62 MB at a billion). Filled on demand, up to the tree size a proof is asked for; each node is
 * read from the database once, by key range. A level too large for one array (over 67 million nodes) stays in the
 * database. Only proofs use it: the audit always reads what is stored.
 */
final class UpperLevels {

	/** The default lowest level kept in memory. */
	static final int LOWEST = 10;

	/** Nodes read per statement while filling. */
	private static final int CHUNK = 100_000;

	private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

	/**
	 * What is loaded: every complete node from the lowest cached level up of the tree of {@code size} leaves. Level
	 * {@code L}'s hashes are {@code levels[L]}, concatenated; arrays only grow at their end beyond what a published
	 * snapshot covers, so a reader never sees a byte change.
	 */
	private record Loaded(long size, byte[][] levels) {

		byte[] hash(NodeId id) {
			byte[] level = levels[id.level()];
			int from = Math.toIntExact(id.index() * Hashes.SIZE);
			byte[] h = new byte[Hashes.SIZE];
			System.arraycopy(level, from, h, 0, Hashes.SIZE);
			return h;
		}

		boolean holds(NodeId id) {
			return levels[id.level()] != null && id.endLeaf() <= size;
		}
	}

	private final LogStore store;

	private final int lowest;

	private volatile Loaded loaded = new Loaded(0, new byte[64][]);

	UpperLevels(LogStore store, int lowest) {
		this.store = store;
		this.lowest = lowest;
	}

	/**
	 * The hashes of the given complete subtrees of a tree of {@code treeSize} leaves (which a signed checkpoint
	 * covers): the upper ones from memory, the rest in one database read.
	 */
	Map<NodeId, byte[]> nodes(Collection<NodeId> ids, long treeSize) {
		Loaded now = loadedUpTo(treeSize);
		Map<NodeId, byte[]> out = new HashMap<>(Math.max(16, ids.size() * 2));
		List<NodeId> missing = new ArrayList<>(ids.size());
		for (NodeId id : ids) {
			if (now.holds(id)) {
				out.put(id, now.hash(id));
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			out.putAll(store.nodes(missing));
		}
		return out;
	}

	private Loaded loadedUpTo(long treeSize) {
		Loaded now = loaded;
		if (now.size() >= treeSize) {
			return now;
		}
		synchronized (this) {
			now = loaded;
			if (now.size() >= treeSize) {
				return now;
			}
			byte[][] levels = now.levels().clone();
			for (int level = lowest; level < 63 && (1L << level) <= treeSize; level++) {
				long have = now.size() >>> level;
				long want = treeSize >>> level;
				if (want * Hashes.SIZE > MAX_ARRAY) {
					levels[level] = null; // this level stays in the database
					continue;
				}
				if (want == have) {
					continue;
				}
				byte[] array = levels[level] == null ? new byte[0] : levels[level];
				if (array.length < want * Hashes.SIZE) {
					// a quarter of headroom: few copies as the tree grows, little memory unused
					byte[] grown = new byte[Math.toIntExact(Math.max(want * Hashes.SIZE,
							Math.min(MAX_ARRAY, array.length + array.length / 4L)))];
					System.arraycopy(array, 0, grown, 0, Math.toIntExact(have * Hashes.SIZE));
					array = grown;
				}
				for (long first = have; first < want; first += CHUNK) {
					int count = (int) Math.min(CHUNK, want - first);
					List<byte[]> run = store.nodeRun(level, first, count);
					if (run.size() != count) {
						throw new IllegalStateException(
								"level " + level + " lacks stored nodes below tree size " + treeSize);
					}
					for (int i = 0; i < count; i++) {
						System.arraycopy(run.get(i), 0, array, Math.toIntExact((first + i) * Hashes.SIZE), Hashes.SIZE);
					}
				}
				levels[level] = array;
			}
			now = new Loaded(treeSize, levels);
			loaded = now;
			return now;
		}
	}
}
