package io.crossback.ledger.tlog;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends leaves to a tree known only by its frontier (the complete subtrees of its right edge, see
 * {@link Ranges#frontier(long)}) and returns every complete subtree that the append creates, level 0 included. The
 * new nodes plus the frontier hold the new root and the next frontier, so a sequencer reads O(log n) nodes per batch.
 */
public final class TreeAppender {

	private TreeAppender() {
	}

	/** What an append produced: the new nodes (in creation order, level by level) and the new root. */
	public record Appended(long oldSize, long newSize, Map<NodeId, byte[]> newNodes, byte[] root) {
	}

	/**
	 * @param oldSize the tree size before
	 * @param frontier at least the nodes of {@code Ranges.frontier(oldSize)}
	 * @param leafHashes RFC 6962 leaf hashes of the new leaves, in order
	 */
	public static Appended append(long oldSize, Map<NodeId, byte[]> frontier, List<byte[]> leafHashes) {
		long newSize = oldSize + leafHashes.size();
		Map<NodeId, byte[]> created = new LinkedHashMap<>();
		for (int i = 0; i < leafHashes.size(); i++) {
			byte[] h = leafHashes.get(i);
			if (h.length != Hashes.SIZE) {
				throw new IllegalArgumentException("leaf hash " + i + " is not 32 bytes");
			}
			created.put(new NodeId(0, oldSize + i), h);
		}
		for (int level = 1; (1L << level) <= newSize; level++) {
			long first = oldSize >>> level; // the first node at this level not complete before
			long end = newSize >>> level; // one past the last node at this level complete now
			for (long j = first; j < end; j++) {
				NodeId left = new NodeId(level - 1, 2 * j);
				NodeId right = new NodeId(level - 1, 2 * j + 1);
				byte[] l = created.containsKey(left) ? created.get(left) : frontier.get(left);
				byte[] r = created.get(right);
				if (l == null || r == null) {
					throw new IllegalStateException("frontier of size " + oldSize + " lacks " + left);
				}
				created.put(new NodeId(level, j), Hashes.nodeHash(l, r));
			}
		}
		Map<NodeId, byte[]> all = new HashMap<>(frontier);
		all.putAll(created);
		return new Appended(oldSize, newSize, created, Ranges.root(newSize, all));
	}
}
