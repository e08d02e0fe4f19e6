package io.crossback.cases;

import io.crossback.core.WireValue;

/** Who did something. */
public enum ActorRole implements WireValue {
	CUSTOMER, AGENT, SYSTEM, MERCHANT_API
}
