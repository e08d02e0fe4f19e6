package io.crossback.ledger.tlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A tree kept as the map of stored nodes a database would hold, grown through {@link TreeAppender}. */
final class MemoryTree {

	final List<byte[]> leaves = new ArrayList<>();

	final Map<NodeId, byte[]> nodes = new HashMap<>();

	final List<byte[]> roots = new ArrayList<>(List.of(Hashes.emptyRoot()));

	long size() {
		return leaves.size();
	}

	TreeAppender.Appended append(List<byte[]> batch) {
		Map<NodeId, byte[]> frontier = Ranges.frontier(size()).stream().collect(Collectors.toMap(id -> id, nodes::get));
		var appended = TreeAppender.append(size(), frontier, batch.stream().map(Hashes::leafHash).toList());
		leaves.addAll(batch);
		nodes.putAll(appended.newNodes());
		for (long s = appended.oldSize() + 1; s <= appended.newSize(); s++) {
			roots.add(Ranges.root(s, nodes));
		}
		return appended;
	}

	List<byte[]> inclusion(long index, long size) {
		return Ranges.inclusion(index, size).stream().map(r -> Ranges.hash(r, nodes)).toList();
	}

	List<byte[]> consistency(long from, long to) {
		return Ranges.consistency(from, to).stream().map(r -> Ranges.hash(r, nodes)).toList();
	}

	static byte[] leaf(int i) {
		return ("leaf " + i).getBytes();
	}
}
