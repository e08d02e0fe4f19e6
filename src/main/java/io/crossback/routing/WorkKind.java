package io.crossback.routing;

import io.crossback.core.WireValue;

/**
 * What a work item is: the case itself (its owner), a department task handed off from it, or a supervisor's review of a
 * case triage escalated (an angry, anxious or threatening customer: a human looks within minutes).
 */
enum WorkKind implements WireValue {
	CASE, LOGISTICS_PICKUP, WAREHOUSE_INSPECTION, FINANCE_PAYOUT, SUPERVISOR_REVIEW
}
