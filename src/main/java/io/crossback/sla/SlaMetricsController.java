package io.crossback.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.core.InvalidInput;
import io.crossback.core.TenantId;

/**
 * SLA outcomes of the caller's tenant per metric and market, over the metrics started from {@code from} (default: 30
 * days ago) until {@code to} (default: now). The same outcomes go to Prometheus as {@code crossback_sla_*}.
 */
@RestController
class SlaMetricsController {

	private static final Duration MAX_PERIOD = Duration.ofDays(366);

	private final MetricTimers timers;

	private final Clock clock;

	SlaMetricsController(MetricTimers timers, Clock clock) {
		this.timers = timers;
		this.clock = clock;
	}

	@GetMapping("/api/v1/sla-metrics")
	@Transactional(readOnly = true)
	SlaReport report(TenantId tenantId, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		Instant end = to == null ? clock.instant() : instant("to", to);
		Instant start = from == null ? end.minus(Duration.ofDays(30)) : instant("from", from);
		if (!start.isBefore(end)) {
			throw InvalidInput.of("from", "must be before to");
		}
		if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
			throw InvalidInput.of("from", "the period may span at most 366 days");
		}
		return SlaReport.of(start, end, timers.startedBetween(tenantId, start, end));
	}

	private static Instant instant(String field, String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException e) {
			throw InvalidInput.of(field, "is not an ISO 8601 instant such as 2026-11-01T00:00:00Z");
		}
	}
}
