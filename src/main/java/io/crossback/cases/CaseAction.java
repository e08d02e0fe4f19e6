package io.crossback.cases;

import io.crossback.core.WireValue;

/** What can be done to a case; each case type's transition table says when. */
public enum CaseAction implements WireValue {
	APPROVE, REJECT, REQUEST_INFO, PROVIDE_INFO, SHIP, RECEIVE, INSPECT, START_WORK, RESOLVE, CLOSE, CANCEL, REOPEN, DISPUTE, DECIDE_DISPUTE
}
