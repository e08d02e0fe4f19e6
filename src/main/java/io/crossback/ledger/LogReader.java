package io.crossback.ledger;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.jspecify.annotations.Nullable;

import io.crossback.cases.CaseId;
import io.crossback.core.InvalidInput;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;
import io.crossback.ledger.tlog.Checkpoint;
import io.crossback.ledger.tlog.Hashes;
import io.crossback.ledger.tlog.Ranges;
import io.crossback.ledger.tlog.SignedNote;
import io.crossback.ledger.tlog.TilePath;

/**
 * Reads the signed state, proofs, entries, tiles and evidence bundles; every proof comes from stored nodes. No
 * transaction: every row read is immutable once committed, and reads never look past the checkpoint they started
 * from, so separate statements cannot see an inconsistent log. The latest checkpoint is cached briefly and the upper
 * tree levels are kept in memory ({@link UpperLevels}), so a proof costs one query for its lowest nodes.
 */
@Service
class LogReader {

	/** How long the latest checkpoint is reused before it is read again. */
	private static final long CHECKPOINT_CACHE_NANOS = 100_000_000L;

	private volatile @Nullable SignedTree cached;

	private volatile long cachedAt;

	private final LogStore store;

	private final SigningKeys keys;

	private final LedgerSettings settings;

	private final UpperLevels upper;

	LogReader(LogStore store, SigningKeys keys, LedgerSettings settings) {
		this.store = store;
		this.upper = new UpperLevels(store, settings.proofMemoryLevel());
		this.keys = keys;
		this.settings = settings;
	}

	record SignedTree(long size, byte[] root, String note) {
	}

	/** The latest stored checkpoint, or a signed one of the empty tree before any was stored. */
	SignedTree latest() {
		return refresh();
	}

	/**
	 * A recent checkpoint of at least {@code size} leaves if there is one: the cached one (at most 100 ms old) when
	 * it is large enough, else a fresh read. For bounds checks that must not cost a query each.
	 */
	private SignedTree atLeast(long size) {
		SignedTree tree = cached;
		if (tree != null && tree.size() >= size && System.nanoTime() - cachedAt < CHECKPOINT_CACHE_NANOS) {
			return tree;
		}
		return refresh();
	}

	private SignedTree refresh() {
		SignedTree tree = read();
		cached = tree;
		cachedAt = System.nanoTime();
		return tree;
	}

	private SignedTree read() {
		return store.latestCheckpoint()
			.map(c -> new SignedTree(c.treeSize(), c.root(), c.note()))
			.orElseGet(() -> new SignedTree(0, Hashes.emptyRoot(), SignedNote
				.sign(new Checkpoint(settings.origin(), 0, Hashes.emptyRoot()).body(), keys.signers())));
	}

	List<String> vkeys() {
		return keys.vkeys();
	}

	String origin() {
		return settings.origin();
	}

	List<byte[]> inclusion(long index, long treeSize) {
		long size = atLeast(treeSize).size();
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		if (treeSize < 1 || treeSize > size) {
			errors.add(new InvalidInput.FieldError("treeSize",
					"must be between 1 and the current tree size " + size, List.of()));
		}
		if (index < 0 || index >= treeSize) {
			errors.add(new InvalidInput.FieldError("index", "must be at least 0 and below treeSize", List.of()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return hashes(Ranges.inclusion(index, treeSize), treeSize);
	}

	List<byte[]> consistency(long from, long to) {
		long size = atLeast(to).size();
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		if (to < 1 || to > size) {
			errors.add(new InvalidInput.FieldError("to", "must be between 1 and the current tree size " + size,
					List.of()));
		}
		if (from < 1 || from > to) {
			errors.add(new InvalidInput.FieldError("from", "must be between 1 and to", List.of()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return hashes(Ranges.consistency(from, to), to);
	}

	/** MTH of each range of a tree of {@code treeSize} leaves, from stored complete subtrees (one read at most). */
	private List<byte[]> hashes(List<Ranges.Range> ranges, long treeSize) {
		Map<io.crossback.ledger.tlog.NodeId, byte[]> nodes = upper.nodes(Ranges.nodes(ranges), treeSize);
		List<byte[]> out = new ArrayList<>(ranges.size());
		for (Ranges.Range r : ranges) {
			out.add(Ranges.hash(r, nodes));
		}
		return out;
	}

	/** A leaf of the caller's tenant; another tenant's leaf is as unknown as a missing one. */
	LogStore.Leaf entry(TenantId tenantId, long index) {
		return store.leaf(index)
			.filter(leaf -> leaf.tenantId().equals(tenantId))
			.orElseThrow(() -> new NotFound("no log entry " + index + " of this tenant"));
	}

	record BundleEntry(String event, long leafIndex, byte[] leafData, List<byte[]> proof) {
	}

	record Bundle(String checkpoint, List<String> vkeys, String origin, List<BundleEntry> entries) {
	}

	/** Every integrated entry of the case with its inclusion proof against one checkpoint. */
	Bundle evidence(TenantId tenantId, CaseId caseId) {
		SignedTree tree = latest();
		List<LogStore.Leaf> leaves = store.leavesOf(tenantId, caseId, tree.size());
		List<Ranges.Range> ranges = new ArrayList<>();
		leaves.forEach(leaf -> ranges.addAll(Ranges.inclusion(leaf.index(), tree.size())));
		Map<io.crossback.ledger.tlog.NodeId, byte[]> nodes = upper.nodes(Ranges.nodes(ranges), tree.size());
		List<BundleEntry> entries = leaves.stream()
			.map(leaf -> new BundleEntry(leaf.event(), leaf.index(), leaf.data(),
					Ranges.inclusion(leaf.index(), tree.size()).stream().map(r -> Ranges.hash(r, nodes)).toList()))
			.toList();
		return new Bundle(tree.note(), vkeys(), origin(), entries);
	}

	/**
	 * A tile's bytes per C2SP tlog-tiles: concatenated 32-byte hashes, or for {@code entries} each leaf as a
	 * big-endian uint16 length and its data. Empty when the tree does not yet hold that many.
	 */
	Optional<byte[]> tile(TilePath tile) {
		long needed = tile.isEntries() ? tile.first() + tile.width()
				: (tile.first() + tile.width()) << Math.min(62, tile.treeLevel());
		long size = atLeast(needed).size();
		if (tile.isEntries()) {
			long end = tile.first() + tile.width();
			if (end > size) {
				return Optional.empty();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (LogStore.Leaf leaf : store.leaves(tile.first(), end)) {
				out.write(leaf.data().length >>> 8);
				out.write(leaf.data().length & 0xff);
				out.writeBytes(leaf.data());
			}
			return Optional.of(out.toByteArray());
		}
		int level = tile.treeLevel();
		long available = level >= 63 ? 0 : size >>> level;
		if (tile.first() + tile.width() > available) {
			return Optional.empty();
		}
		List<byte[]> hashes = store.nodeRun(level, tile.first(), tile.width());
		if (hashes.size() != tile.width()) {
			throw new IllegalStateException("tile " + tile.format() + " lacks stored nodes");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(hashes.size() * Hashes.SIZE);
		hashes.forEach(out::writeBytes);
		return Optional.of(out.toByteArray());
	}
}
