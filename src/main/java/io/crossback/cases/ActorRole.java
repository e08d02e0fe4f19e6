package io.crossback.cases;

/** Who did something. */
public enum ActorRole implements WireValue {
	CUSTOMER, AGENT, SYSTEM, MERCHANT_API
}
