package io.crossback.ledger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the sequencer on one background thread of this instance: drains the outbox, pauses for
 * {@code crossback.ledger.sequencer-interval}, and again. Every instance may run it; the lock row lets one at a time
 * integrate, so a second instance only takes over when the first stops.
 */
@Component
class SequencerLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SequencerLoop.class);

	private final Sequencer sequencer;

	private final LedgerSettings settings;

	private volatile ScheduledExecutorService executor;

	SequencerLoop(Sequencer sequencer, LedgerSettings settings) {
		this.sequencer = sequencer;
		this.settings = settings;
	}

	@Override
	public void start() {
		if (!settings.sequencerEnabled()) {
			return;
		}
		executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "ledger-sequencer");
			t.setDaemon(true);
			return t;
		});
		long pause = settings.sequencerInterval().toMillis();
		executor.scheduleWithFixedDelay(this::runOnce, 0, pause, TimeUnit.MILLISECONDS);
	}

	private void runOnce() {
		try {
			sequencer.drain();
		}
		catch (RuntimeException e) {
			// another instance holding the lock past a lock timeout, or the database being away: try again later
			log.warn("Ledger sequencing failed, retrying in {}: {}", settings.sequencerInterval(), e.toString());
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = executor;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			executor = null;
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}
}
