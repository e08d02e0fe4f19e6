package io.crossback.cases;

import io.crossback.core.WireValue;

/** Who wrote a message: the customer, an agent (visible to the customer), or an internal note. */
public enum MessageAuthor implements WireValue {
	CUSTOMER, AGENT, INTERNAL
}
