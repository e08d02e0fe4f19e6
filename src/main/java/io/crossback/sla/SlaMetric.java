package io.crossback.sla;

import io.crossback.core.WireValue;

/** What an SLA target measures; each is started and achieved by real case events. */
public enum SlaMetric implements WireValue {
	FIRST_RESPONSE, NEXT_RESPONSE, APPROVAL_DECISION, PICKUP, INSPECTION, RESOLUTION, REFUND_PAYOUT, DISPUTE_RESOLUTION
}
