package io.crossback.routing;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the {@link Sweeper} every {@code crossback.routing.sweep-interval} unless sweeping is switched off. */
@Component("routing.sweepSchedule")
@ConditionalOnBooleanProperty(name = "crossback.routing.sweep-enabled", matchIfMissing = true)
class SweepSchedule {

	private final Sweeper sweeper;

	SweepSchedule(Sweeper sweeper) {
		this.sweeper = sweeper;
	}

	@Scheduled(fixedDelayString = "${crossback.routing.sweep-interval:PT30S}",
			initialDelayString = "${crossback.routing.sweep-interval:PT30S}")
	void run() {
		sweeper.sweepAll();
	}
}
