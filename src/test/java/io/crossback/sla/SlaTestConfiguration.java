package io.crossback.sla;

import io.crossback.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/** A settable clock and a recorder of the escalation events sla publishes. */
@TestConfiguration(proxyBeanMethods = false)
class SlaTestConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
	}

	@Bean
	Escalations escalations() {
		return new Escalations();
	}

	static class Escalations {

		final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(SlaAtRisk event) {
			events.add(event);
		}

		@EventListener
		void on(SlaBreached event) {
			events.add(event);
		}
	}
}
