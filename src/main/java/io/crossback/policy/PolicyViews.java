package io.crossback.policy;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.crossback.core.WireValue;

/** The JSON shapes of the policy API (a contract: issue #4). */
final class PolicyViews {

	private PolicyViews() {
	}

	record Evaluation(String market, Statutory statutory, @Nullable Merchant merchant, Effective effective,
			Map<String, String> explanation) {

		static Evaluation of(ReturnPolicyDecisions.Decision decision) {
			StatutoryAnswer s = decision.statutory();
			MerchantAnswer m = decision.merchant();
			EffectiveAnswer e = decision.effective();
			return new Evaluation(decision.market(),
					new Statutory(s.right(), s.basis().wire(), s.lastDay(), wire(s.dayKind()),
							wire(s.returnShippingPayer()), s.refundDeadlineDays(), s.law(), wire(s.exception())),
					m == null ? null
							: new Merchant(m.eligible(), m.lastDay(), wire(m.returnShippingPayer()),
									m.restockingFeePercent().stripTrailingZeros().toPlainString()),
					new Effective(e.eligible(), e.lastDay(), wire(e.returnShippingPayer()), e.source().wire()),
					decision.explanation());
		}
	}

	record Statutory(boolean right, String basis, @Nullable LocalDate lastDay, @Nullable String dayKind,
			@Nullable String returnShippingPayer, @Nullable Integer refundDeadlineDays, String law,
			@Nullable String exception) {
	}

	record Merchant(boolean eligible, LocalDate lastDay, @Nullable String returnShippingPayer,
			String restockingFeePercent) {
	}

	record Effective(boolean eligible, @Nullable LocalDate lastDay, @Nullable String returnShippingPayer,
			String source) {
	}

	static @Nullable String wire(@Nullable WireValue value) {
		return value == null ? null : value.wire();
	}
}
