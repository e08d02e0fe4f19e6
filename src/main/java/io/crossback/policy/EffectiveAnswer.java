package io.crossback.policy;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.crossback.core.WireValue;

/**
 * The answer that applies: the merchant's policy when it gives at least what the law gives (a later or equal last day
 * no worse return-shipping terms and no restocking fee), otherwise the statutory answer. A merchant policy can extend the law, never
 * shorten it.
 */
record EffectiveAnswer(boolean eligible, @Nullable LocalDate lastDay, @Nullable ShippingPayer returnShippingPayer,
		Source source) {

	enum Source implements WireValue {
		STATUTORY, MERCHANT
	}

	static EffectiveAnswer of(StatutoryAnswer statutory, @Nullable MerchantAnswer merchant) {
		EffectiveAnswer law = new EffectiveAnswer(statutory.right(), statutory.right() ? statutory.lastDay() : null,
				statutory.returnShippingPayer(), Source.STATUTORY);
		if (merchant == null) {
			return law;
		}
		EffectiveAnswer own = new EffectiveAnswer(merchant.eligible(), merchant.lastDay(),
				merchant.returnShippingPayer(), Source.MERCHANT);
		if (!statutory.right()) {
			return own;
		}
		boolean longEnough = statutory.lastDay() != null && !merchant.lastDay().isBefore(statutory.lastDay());
		boolean paysNoWorse = statutory.returnShippingPayer() != ShippingPayer.SELLER
				|| merchant.returnShippingPayer() == ShippingPayer.SELLER;
		// the law lets the consumer return without a restocking fee (Directive 2011/83/EU art. 14(1), 14(2))
		boolean feeFree = merchant.restockingFeePercent().signum() == 0;
		return merchant.eligible() && longEnough && paysNoWorse && feeFree ? own : law;
	}
}
