package io.crossback.ledger.tlog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which subtree hashes make up RFC 9162 proofs, as leaf ranges, and how a range's hash (MTH of that slice) is put
 * together from stored complete subtrees. Every range here starts at a multiple of the largest power of two not
 * below its length, so it splits into at most 64 complete subtrees, the binary digits of its length: a proof needs
 * O(log n) stored nodes and no leaf is ever re-hashed.
 */
public final class Ranges {

	private Ranges() {
	}

	/** The leaves {@code [start, end)}. */
	public record Range(long start, long end) {

		public Range {
			if (start < 0 || end <= start) {
				throw new IllegalArgumentException("empty or negative range [" + start + ", " + end + ")");
			}
		}
	}

	/** RFC 9162 2.1.3.1 PATH(m, D[n]) as ranges, leaf level first (the audit-path order). */
	public static List<Range> inclusion(long index, long size) {
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("leaf index " + index + " is not below tree size " + size);
		}
		List<Range> out = new ArrayList<>();
		path(index, 0, size, out);
		return out;
	}

	private static void path(long m, long start, long end, List<Range> out) {
		long n = end - start;
		if (n == 1) {
			return;
		}
		long k = largestPowerOfTwoBelow(n);
		if (m < k) {
			path(m, start, start + k, out);
			out.add(new Range(start + k, end));
		}
		else {
			path(m - k, start + k, end, out);
			out.add(new Range(start, start + k));
		}
	}

	/** RFC 9162 2.1.4.1 PROOF(m, D[n]) as ranges; empty when {@code from == to}. */
	public static List<Range> consistency(long from, long to) {
		if (from < 1 || from > to) {
			throw new IllegalArgumentException("no consistency proof from " + from + " to " + to);
		}
		List<Range> out = new ArrayList<>();
		if (from < to) {
			subproof(from, 0, to, true, out);
		}
		return out;
	}

	private static void subproof(long m, long start, long end, boolean b, List<Range> out) {
		long n = end - start;
		if (m == n) {
			if (!b) {
				out.add(new Range(start, end));
			}
			return;
		}
		long k = largestPowerOfTwoBelow(n);
		if (m <= k) {
			subproof(m, start, start + k, b, out);
			out.add(new Range(start + k, end));
		}
		else {
			subproof(m - k, start + k, end, false, out);
			out.add(new Range(start, start + k));
		}
	}

	/** The complete subtrees of a range, largest (leftmost) first. */
	public static List<NodeId> nodes(Range range) {
		List<NodeId> out = new ArrayList<>();
		long pos = range.start();
		long remaining = range.end() - range.start();
		for (int level = 63 - Long.numberOfLeadingZeros(remaining); level >= 0; level--) {
			long size = 1L << level;
			if ((remaining & size) != 0) {
				if (pos % size != 0) {
					throw new IllegalArgumentException("range " + range + " is not aligned");
				}
				out.add(new NodeId(level, pos >>> level));
				pos += size;
			}
		}
		return out;
	}

	/** The complete subtrees of the tree of the given size, whose hashes make its root; empty for size 0. */
	public static List<NodeId> frontier(long size) {
		return size == 0 ? List.of() : nodes(new Range(0, size));
	}

	/** Every stored node the given ranges need, for one batched read. */
	public static Set<NodeId> nodes(Collection<Range> ranges) {
		Set<NodeId> out = new LinkedHashSet<>();
		ranges.forEach(r -> out.addAll(nodes(r)));
		return out;
	}

	/** MTH of the range from its complete subtrees: folded from the right, as RFC 9162's recursion does. */
	public static byte[] hash(Range range, Map<NodeId, byte[]> nodes) {
		List<NodeId> parts = nodes(range);
		byte[] h = require(nodes, parts.get(parts.size() - 1));
		for (int i = parts.size() - 2; i >= 0; i--) {
			h = Hashes.nodeHash(require(nodes, parts.get(i)), h);
		}
		return h;
	}

	/** The root of the tree of the given size; {@link Hashes#emptyRoot()} for 0. */
	public static byte[] root(long size, Map<NodeId, byte[]> nodes) {
		return size == 0 ? Hashes.emptyRoot() : hash(new Range(0, size), nodes);
	}

	private static byte[] require(Map<NodeId, byte[]> nodes, NodeId id) {
		byte[] h = nodes.get(id);
		if (h == null) {
			throw new IllegalStateException("node " + id + " is not stored");
		}
		return h;
	}

	static long largestPowerOfTwoBelow(long n) {
		return Long.highestOneBit(n - 1);
	}
}
