package io.crossback.sla;

import io.crossback.core.WireValue;

/** What an SLA target measures; each is started and achieved by real case events. */
public enum SlaMetric implements WireValue {
	FIRST_RESPONSE, NEXT_RESPONSE, APPROVAL_DECISION, PICKUP, INSPECTION, RESOLUTION, REFUND_PAYOUT, DISPUTE_RESOLUTION,
	/** Triage escalated the case (or judged it critical) → an agent answers the customer or acts on the case. */
	ESCALATION_RESPONSE
}
