package io.crossback.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.crossback.ledger.tlog.Hashes;
import io.crossback.ledger.tlog.NodeId;
import io.crossback.ledger.tlog.ProofVerifier;
import io.crossback.ledger.tlog.Ranges;
import io.crossback.ledger.tlog.TreeAppender;

/** The in-memory upper levels answer exactly what is stored, and take only the lower levels from the store. */
class UpperLevelsTest {

	/** A store over a map, counting what it is asked for. */
	static class MapStore extends LogStore {

		final Map<NodeId, byte[]> stored = new HashMap<>();

		final List<NodeId> askedByKey = new ArrayList<>();

		int runs;

		MapStore() {
			super(null, null);
		}

		@Override
		Map<NodeId, byte[]> nodes(Collection<NodeId> ids) {
			askedByKey.addAll(ids);
			Map<NodeId, byte[]> out = new HashMap<>();
			ids.forEach(id -> {
				if (stored.containsKey(id)) {
					out.put(id, stored.get(id).clone());
				}
			});
			return out;
		}

		@Override
		List<byte[]> nodeRun(int level, long first, int count) {
			runs++;
			List<byte[]> out = new ArrayList<>();
			for (long i = first; i < first + count && stored.containsKey(new NodeId(level, i)); i++) {
				out.add(stored.get(new NodeId(level, i)).clone());
			}
			return out;
		}

		void grow(long from, long to) {
			List<byte[]> leaves = new ArrayList<>();
			for (long i = from; i < to; i++) {
				leaves.add(Hashes.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
			}
			stored.putAll(TreeAppender.append(from, stored, leaves).newNodes());
		}
	}

	@Test // #8
	void proofsFromMemoryAndStoreEqualProofsFromTheStoreAloneAsTheTreeGrows() throws Exception {
		MapStore store = new MapStore();
		UpperLevels upper = new UpperLevels(store, UpperLevels.LOWEST);
		Random random = new Random(8);
		long size = 0;
		for (long next : new long[] { 1_000, 1_024, 3_000, 5_000, 9_000 }) {
			store.grow(size, next);
			size = next;
			for (int i = 0; i < 50; i++) {
				long treeSize = 1 + random.nextLong(size);
				long index = random.nextLong(treeSize);
				List<Ranges.Range> ranges = Ranges.inclusion(index, treeSize);
				store.askedByKey.clear();
				Map<NodeId, byte[]> nodes = upper.nodes(Ranges.nodes(ranges), treeSize);
				assertThat(store.askedByKey).allMatch(id -> id.level() < UpperLevels.LOWEST);
				for (NodeId id : Ranges.nodes(ranges)) {
					assertThat(nodes.get(id)).as(id.toString()).isEqualTo(store.stored.get(id));
				}
				List<byte[]> proof = ranges.stream().map(r -> Ranges.hash(r, nodes)).toList();
				ProofVerifier.verifyInclusion(index, treeSize, store.stored.get(new NodeId(0, index)), proof,
						Ranges.root(treeSize, store.stored));
			}
		}
		assertThat(store.stored.keySet()).anyMatch(id -> id.level() == 13);
	}

	@Test // #8
	void theWholeTreeInMemoryNeedsNoReadByKey() throws Exception {
		MapStore store = new MapStore();
		UpperLevels all = new UpperLevels(store, 0);
		store.grow(0, 777);
		for (long index = 0; index < 777; index += 37) {
			List<Ranges.Range> ranges = Ranges.inclusion(index, 777);
			Map<NodeId, byte[]> nodes = all.nodes(Ranges.nodes(ranges), 777);
			ProofVerifier.verifyInclusion(index, 777, store.stored.get(new NodeId(0, index)),
					ranges.stream().map(r -> Ranges.hash(r, nodes)).toList(), Ranges.root(777, store.stored));
		}
		assertThat(store.askedByKey).isEmpty();
	}

	@Test // #8
	void eachUpperNodeIsReadFromTheStoreOnce() {
		MapStore store = new MapStore();
		UpperLevels upper = new UpperLevels(store, UpperLevels.LOWEST);
		store.grow(0, 4_096);
		List<NodeId> top = List.of(new NodeId(10, 0), new NodeId(10, 3), new NodeId(11, 1), new NodeId(12, 0));
		upper.nodes(top, 4_096);
		int runs = store.runs;
		assertThat(runs).isEqualTo(3); // levels 10, 11, 12
		assertThat(upper.nodes(top, 4_096)).hasSize(4);
		assertThat(upper.nodes(top, 2_048)).containsOnlyKeys(top);
		assertThat(store.runs).isEqualTo(runs);
		assertThat(store.askedByKey).isEmpty();
	}
}
