package io.crossback.routing;

import io.crossback.core.WireValue;

/** Whether an agent takes new work: only {@code online} agents do. */
enum AgentStatus implements WireValue {
	ONLINE, AWAY, OFFLINE
}
