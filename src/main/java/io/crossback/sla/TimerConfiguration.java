package io.crossback.sla;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.crossback.cases.CaseMessagePosted;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseTransitioned;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The durable SLA timers: one db-scheduler task whose instances are named by {@link TimerId}. db-scheduler runs each
 * due instance on one instance of the cluster and revives those of an instance that died mid-way. Its clock is the
 * application's clock, so tests move time instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class TimerConfiguration {

	@Bean
	OneTimeTask<Void> slaTimerTask(ObjectProvider<ServiceLevels> serviceLevels) {
		return Tasks.oneTime(ServiceLevels.TIMER_TASK)
			.onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5)))
			.execute((instance, context) -> serviceLevels.getObject().fire(TimerId.parse(instance.getId())));
	}

	/**
	 * Redelivers failed publications of the events sla listens to (for example a transition whose case submission sla
	 * had not applied yet), once per cluster every {@code crossback.sla.resubmit-interval}; sla's listeners are
	 * idempotent. The registry cannot filter by listener here, so other modules' failed listeners of these events are
	 * retried too.
	 */
	@Bean
	RecurringTask<Void> slaResubmitTask(FailedEventPublications failed, SlaSettings settings) {
		return Tasks.recurring("sla-resubmit-failed-events", FixedDelay.of(settings.resubmitInterval()))
			.execute((instance, context) -> failed.resubmit(ResubmissionOptions.defaults()
				.withMinAge(settings.resubmitInterval())
				.withFilter(p -> p.getEvent() instanceof CaseSubmitted || p.getEvent() instanceof CaseTransitioned
						|| p.getEvent() instanceof CaseMessagePosted || p.getEvent() instanceof SlaAtRisk
						|| p.getEvent() instanceof SlaBreached)));
	}

	@Bean
	com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
		return clock::instant;
	}
}
