package io.crossback.cases;

import io.crossback.core.WireValue;

/** Where a case stands in its lifecycle. */
public enum CaseStatus implements WireValue {
	SUBMITTED, AWAITING_INFO, AWAITING_RETURN, IN_TRANSIT, RECEIVED, INSPECTED, IN_PROGRESS, RESOLVED, CLOSED, REJECTED, CANCELLED, DISPUTED
}
