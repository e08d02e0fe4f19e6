package io.crossback.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the merchant's own policy for the market says about a request; the payer is null when not eligible. */
record MerchantAnswer(boolean eligible, LocalDate lastDay, @Nullable ShippingPayer returnShippingPayer,
		BigDecimal restockingFeePercent, long policyVersion, String policyMarket) {
}
