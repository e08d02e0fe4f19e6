package io.crossback.policy;

import io.crossback.core.WireValue;

/** Who bears the cost of sending an item back. */
public enum ShippingPayer implements WireValue {
	CONSUMER, SELLER, UNSPECIFIED
}
