package io.crossback.orders;

import io.crossback.core.WireValue;

/** A customer's service tier; VIP customers get the green channel. */
public enum CustomerTier implements WireValue {
	STANDARD, VIP
}
