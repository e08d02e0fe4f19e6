package io.crossback.cases;

/** The kind of after-sales request. */
public enum CaseType implements WireValue {
	RETURN, EXCHANGE, REFUND, REPAIR, COMPLAINT, INQUIRY, LOGISTICS
}
