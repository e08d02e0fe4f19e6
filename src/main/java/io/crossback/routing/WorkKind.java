package io.crossback.routing;

import io.crossback.core.WireValue;

/** What a work item is: the case itself (its owner) or a department task handed off from it. */
enum WorkKind implements WireValue {
	CASE, LOGISTICS_PICKUP, WAREHOUSE_INSPECTION, FINANCE_PAYOUT
}
