package io.crossback.orders;

import io.crossback.core.WireValue;

/** How the customer paid. */
public enum PaymentMethod implements WireValue {
	CARD, PAYPAL, COD, BANK_TRANSFER, WALLET, OTHER
}
