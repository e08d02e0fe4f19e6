package io.crossback.routing;

import io.crossback.core.WireValue;

/** A work item waits in its team's queue, is assigned to an agent (counting against their capacity), or is done. */
enum WorkState implements WireValue {
	WAITING, ASSIGNED, DONE
}
