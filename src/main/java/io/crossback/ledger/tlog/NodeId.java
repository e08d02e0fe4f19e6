package io.crossback.ledger.tlog;

/**
 * A complete subtree of the log: {@code level} 0 is a leaf hash, level {@code L} index {@code i} covers the leaves
 * {@code [i·2^L, (i+1)·2^L)}. Packed into one {@code long} ({@link #key()}) so a store can key nodes by one column and
 * still read a level's run of nodes as one key range.
 */
public record NodeId(int level, long index) {

	private static final int INDEX_BITS = 56;

	public NodeId {
		if (level < 0 || level > 63 || index < 0 || index >= (1L << INDEX_BITS)) {
			throw new IllegalArgumentException("no such node: level " + level + " index " + index);
		}
	}

	public static NodeId ofKey(long key) {
		return new NodeId((int) (key >>> INDEX_BITS), key & ((1L << INDEX_BITS) - 1));
	}

	public long key() {
		return ((long) level << INDEX_BITS) | index;
	}

	/** First leaf index covered. */
	public long firstLeaf() {
		return index << level;
	}

	/** One past the last leaf index covered. */
	public long endLeaf() {
		return (index + 1) << level;
	}
}
