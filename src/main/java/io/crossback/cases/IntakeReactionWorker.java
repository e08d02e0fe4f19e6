package io.crossback.cases;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.crossback.core.TenantId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Runs the reactions to new cases behind intake (ADR 0006): one thread per instance takes pending intakes in batches,
 * one transaction per batch, woken by each intake's commit and polling for what other instances or failures left.
 * A batch that fails is retried intake by intake, so one bad case cannot hold the others back; a failing intake is
 * tried again later, less and less often, and logged.
 */
@Component
class IntakeReactionWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IntakeReactionWorker.class);

	private static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(10);

	private final CaseManagement cases;

	private final CasesSettings.Reactions settings;

	private final Semaphore wake = new Semaphore(0);

	private final Counter reacted;

	private final Counter failed;

	private volatile boolean running;

	private @Nullable Thread thread;

	IntakeReactionWorker(CaseManagement cases, CasesSettings settings, MeterRegistry meters) {
		this.cases = cases;
		this.settings = settings.reactions();
		this.reacted = Counter.builder("crossback.intake.reactions")
			.description("Intakes whose reactions ran")
			.tag("outcome", "done")
			.register(meters);
		this.failed = Counter.builder("crossback.intake.reactions")
			.description("Intakes whose reactions failed and wait for a retry")
			.tag("outcome", "failed")
			.register(meters);
		Gauge.builder("crossback.intake.reactions.backlog", cases, CaseManagement::pendingIntakes)
			.description("Intakes of all instances whose reactions have not run yet")
			.register(meters);
	}

	/** After an intake's commit: runs its reactions now ({@code inline}), or wakes the worker. */
	void submitted(TenantId tenant, CaseId id) {
		if (settings.inline()) {
			try {
				if (cases.reactToPendingIntake(tenant, id, false)) {
					reacted.increment();
				}
			}
			catch (RuntimeException e) {
				// the case is stored; the worker tries its reactions again
				log.warn("Reactions to case {} failed; the worker retries them", id, e);
			}
		}
		else {
			wake.release();
		}
	}

	/** Runs the due reactions of all instances' intakes until none is left (for tools and tests). */
	void drain() {
		while (batch() == settings.batchSize()) {
			// a full batch: there may be more
		}
	}

	private void run() {
		while (running) {
			try {
				drain();
				wake.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
				wake.drainPermits();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.error("Intake reaction worker: unexpected failure; going on", e);
				sleepQuietly(settings.pollInterval());
			}
		}
	}

	private int batch() {
		try {
			int done = cases.reactToPendingIntakes(settings.batchSize());
			reacted.increment(done);
			return done;
		}
		catch (RuntimeException batchFailed) {
			log.info("A batch of intake reactions failed ({}); retrying its intakes one by one", batchFailed.toString());
			int done = 0;
			for (Cases.PendingIntake pending : cases.duePendingIntakes(settings.batchSize())) {
				try {
					if (cases.reactToPendingIntake(pending.tenant(), pending.caseId(), true)) {
						reacted.increment();
						done++;
					}
				}
				catch (RuntimeException e) {
					Duration delay = retryDelay(pending.attempts());
					log.warn("Reactions to case {} failed (attempt {}); next try in {}", pending.caseId(),
							pending.attempts() + 1, delay, e);
					cases.deferPendingIntake(pending, delay, e.toString());
					failed.increment();
				}
			}
			return done;
		}
	}

	static Duration retryDelay(int attempts) {
		Duration delay = Duration.ofSeconds(1L << Math.min(attempts, 20));
		return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
	}

	private static void sleepQuietly(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		if (!settings.worker()) {
			return;
		}
		running = true;
		Thread t = new Thread(this::run, "intake-reactions");
		t.setDaemon(true);
		thread = t;
		t.start();
	}

	@Override
	public void stop() {
		running = false;
		wake.release();
		Thread t = thread;
		if (t != null) {
			try {
				// let a running batch finish: interrupting a thread inside JDBC may break its connection
				t.join(10_000);
				if (t.isAlive()) {
					t.interrupt();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
