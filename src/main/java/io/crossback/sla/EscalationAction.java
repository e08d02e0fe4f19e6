package io.crossback.sla;

import io.crossback.core.WireValue;

/** What a policy asks for when a metric is at risk or breached; routing and cases carry them out. */
public enum EscalationAction implements WireValue {
	RAISE_PRIORITY, NOTIFY_TEAM_LEAD, REASSIGN, ADD_INTERNAL_NOTE
}
