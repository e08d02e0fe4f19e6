package io.crossback.cases;

import io.crossback.core.WireValue;

/** The kind of after-sales request. */
public enum CaseType implements WireValue {
	RETURN, EXCHANGE, REFUND, REPAIR, COMPLAINT, INQUIRY, LOGISTICS
}
