package io.crossback.routing;

import io.crossback.cases.WireValue;

/** A work item waits in its team's queue, is assigned to an agent (counting against their capacity), or is done. */
enum WorkState implements WireValue {
	WAITING, ASSIGNED, DONE
}
