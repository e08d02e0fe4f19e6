package io.crossback.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.crossback.ledger.tlog.Checkpoint;
import io.crossback.ledger.tlog.Hashes;
import io.crossback.ledger.tlog.NodeId;
import io.crossback.ledger.tlog.Ranges;
import io.crossback.ledger.tlog.SignedNote;
import io.crossback.ledger.tlog.TreeAppender;

/**
 * Integrates pending leaves into the tree: one batch per transaction, holding the sequencer lock row, so exactly one
 * instance sequences at a time. A batch appends its leaves, every complete subtree they create and one signed
 * checkpoint, and takes its rows out of the outbox; all of it commits together or not at all.
 */
@Component
class Sequencer {

	private final LogStore store;

	private final SigningKeys keys;

	private final LedgerSettings settings;

	private final Clock clock;

	private final TransactionTemplate tx;

	Sequencer(LogStore store, SigningKeys keys, LedgerSettings settings, Clock clock,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.keys = keys;
		this.settings = settings;
		this.clock = clock;
		this.tx = new TransactionTemplate(transactions);
	}

	/** Integrates up to one batch; returns how many leaves it added (0 when the outbox was empty). */
	int integrateBatch() {
		Integer added = tx.execute(status -> {
			store.lockSequencer();
			Optional<LogStore.StoredCheckpoint> latest = store.latestCheckpoint();
			long size = latest.map(LogStore.StoredCheckpoint::treeSize).orElse(0L);
			List<LogStore.Pending> pending = store.pending(settings.batchSize());
			if (pending.isEmpty()) {
				if (latest.isEmpty()) {
					sign(0, Hashes.emptyRoot()); // the empty tree's checkpoint, once
				}
				return 0;
			}
			Map<NodeId, byte[]> frontier = store.nodes(Ranges.frontier(size));
			var appended = TreeAppender.append(size, frontier,
					pending.stream().map(p -> Hashes.leafHash(p.data())).toList());
			Instant now = clock.instant();
			store.appendLeaves(size, pending, now);
			store.appendNodes(appended.newNodes());
			sign(appended.newSize(), appended.root());
			store.removeFromOutbox(pending);
			return pending.size();
		});
		return added == null ? 0 : added;
	}

	/** Integrates until the outbox is empty; returns the number of leaves added. */
	long drain() {
		long total = 0;
		int added;
		do {
			added = integrateBatch();
			total += added;
		}
		while (added > 0);
		return total;
	}

	private void sign(long size, byte[] root) {
		String note = SignedNote.sign(new Checkpoint(settings.origin(), size, root).body(), keys.signers());
		store.appendCheckpoint(size, root, note, clock.instant());
	}
}
