package io.crossback.cases;

import io.crossback.core.WireValue;

/** How a case ends; REJECTED only as a resolve outcome, never as a preference. */
public enum Resolution implements WireValue {
	REFUND, EXCHANGE, REPAIR, STORE_CREDIT, REJECTED
}
