package io.crossback.cases;

import io.crossback.core.WireValue;

/** What can be done to a case; each case type's transition table says when. */
public enum CaseAction implements WireValue {
	APPROVE, REJECT, REQUEST_INFO, PROVIDE_INFO, SHIP, RECEIVE, INSPECT, START_WORK, RESOLVE, CLOSE, CANCEL, REOPEN, DISPUTE, DECIDE_DISPUTE,
	/** The merchant issued the return label (carrier and tracking number); the case keeps waiting for the parcel. */
	ISSUE_LABEL,
	/** The payment provider confirmed the refund of a case resolved with {@code refund} (its payment reference). */
	CONFIRM_REFUND
}
