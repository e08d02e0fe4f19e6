package io.crossback.sla;


import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Micrometer meters of SLA outcomes, tagged by tenant, metric and market: {@code crossback.sla.outcomes} counts
 * achieved and breached metrics, {@code crossback.sla.time.to.target} the business time each finished metric took
 * (with percentiles). Recorded only once the transaction that decided the outcome commits.
 */
@Component
class SlaOutcomes {

	private final MeterRegistry registry;

	SlaOutcomes(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Records what changed between two states of one metric. */
	void changed(MetricTimer before, MetricTimer after) {
		boolean newlyBreached = before.status() != MetricStatus.BREACHED && after.status() == MetricStatus.BREACHED;
		boolean newlyAchieved = before.status() != MetricStatus.ACHIEVED && after.status() == MetricStatus.ACHIEVED;
		boolean finished = before.finishedAt() == null && after.finishedAt() != null
				&& after.status() != MetricStatus.STOPPED;
		if (!newlyBreached && !newlyAchieved && !finished) {
			return;
		}
		afterCommit(() -> {
			if (newlyBreached || newlyAchieved) {
				Counter.builder("crossback.sla.outcomes")
					.description("SLA metrics achieved or breached")
					.tag("tenant", after.tenantId().value())
					.tag("metric", after.metric().wire())
					.tag("market", after.market().value())
					.tag("outcome", newlyBreached ? "breached" : "achieved")
					.register(registry)
					.increment();
			}
			if (finished) {
				Timer.builder("crossback.sla.time.to.target")
					.description("Business time from the start of an SLA metric to its event")
					.tag("tenant", after.tenantId().value())
					.tag("metric", after.metric().wire())
					.tag("market", after.market().value())
					.publishPercentiles(0.5, 0.9, 0.95)
					.register(registry)
					.record(after.elapsed());
			}
		});
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}
}
