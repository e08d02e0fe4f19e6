package io.crossback.sla;

import io.crossback.core.WireValue;

/**
 * Where a metric stands. {@code stopped}: the case ended (cancelled, rejected, closed) before the metric's event
 * happened, so it counts neither as achieved nor as breached.
 */
enum MetricStatus implements WireValue {
	ACTIVE, PAUSED, ACHIEVED, BREACHED, STOPPED
}
