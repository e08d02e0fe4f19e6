package io.crossback.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Achieved and breached counts and percentiles of the business time to target, per metric and market, of the
 * metrics started in a period. Percentiles use the nearest-rank method over finished metrics.
 */
record SlaReport(String from, String to, List<Group> groups) {

	record Group(String metric, String market, int achieved, int breached, int open, int stopped,
			@Nullable String p50, @Nullable String p90, @Nullable String p95) {
	}

	static SlaReport of(Instant from, Instant to, List<MetricTimer> metrics) {
		Map<String, List<MetricTimer>> byKey = new TreeMap<>();
		for (MetricTimer m : metrics) {
			byKey.computeIfAbsent(m.metric().wire() + "/" + m.market().value(), k -> new java.util.ArrayList<>()).add(m);
		}
		List<Group> groups = byKey.values().stream().map(SlaReport::group).toList();
		return new SlaReport(from.toString(), to.toString(), groups);
	}

	private static Group group(List<MetricTimer> metrics) {
		MetricTimer first = metrics.get(0);
		int achieved = count(metrics, MetricStatus.ACHIEVED);
		int breached = count(metrics, MetricStatus.BREACHED);
		int stopped = count(metrics, MetricStatus.STOPPED);
		List<Duration> finished = metrics.stream()
			.filter(m -> m.finishedAt() != null && m.status() != MetricStatus.STOPPED)
			.map(MetricTimer::elapsed)
			.sorted(Comparator.naturalOrder())
			.toList();
		return new Group(first.metric().wire(), first.market().value(), achieved, breached,
				metrics.size() - achieved - breached - stopped, stopped, percentile(finished, 50),
				percentile(finished, 90), percentile(finished, 95));
	}

	private static int count(List<MetricTimer> metrics, MetricStatus status) {
		return (int) metrics.stream().filter(m -> m.status() == status).count();
	}

	/** Nearest rank: the smallest value with at least {@code percent} % of the values at or below it. */
	static @Nullable String percentile(List<Duration> sorted, int percent) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1).toString();
	}
}
