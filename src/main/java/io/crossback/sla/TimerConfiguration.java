package io.crossback.sla;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
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

	@Bean
	com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
		return clock::instant;
	}
}
