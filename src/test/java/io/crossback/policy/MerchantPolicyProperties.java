package io.crossback.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

import io.crossback.orders.ItemKind;
import io.crossback.calendars.WorkingDays;
import io.crossback.cases.Reason;
import io.crossback.cases.Resolution;

/** Whatever a merchant writes into its policy, the effective answer never gives less than the law. */
class MerchantPolicyProperties {

	static final MarketRuleBook BOOK = StatutoryRightsProperties.BOOK;

	static final WorkingDays WORKING_DAYS = StatutoryRightsProperties.WORKING_DAYS;

	final StatutoryRights rights = new StatutoryRights(WORKING_DAYS);

	@Provide
	Arbitrary<String> markets() {
		return Arbitraries.of(BOOK.codes());
	}

	@Provide
	Arbitrary<MerchantPolicy> policies() {
		return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 120), Arbitraries.of(DayKind.class),
				Arbitraries.of(ShippingPayer.CONSUMER, ShippingPayer.SELLER),
				Arbitraries.of(BigDecimal.ZERO, new BigDecimal("10"), new BigDecimal("2.5")),
				Arbitraries.of(ItemKind.class).set().ofMaxSize(3))
			.as((days, kind, payer, fee, excluded) -> new MerchantPolicy("default", days, kind, payer, fee, excluded,
					null, List.of(Resolution.REFUND), MerchantPolicy.ReturnMethod.DROP_OFF,
					MerchantPolicy.CodRefundMethod.BANK_TRANSFER, 1));
	}

	@Property(tries = 2000) // #4
	void aMerchantPolicyExtendsButNeverShortensTheLaw(@ForAll("markets") String code,
			@ForAll("policies") MerchantPolicy policy,
			@ForAll @DateRange(min = "2026-01-01", max = "2026-12-31") LocalDate delivered,
			@ForAll @IntRange(min = 0, max = 60) int daysLater, @ForAll Reason reason, @ForAll ItemKind kind,
			@ForAll boolean unsealed) {
		var market = BOOK.find(code).orElseThrow();
		var request = new ReturnRequest(delivered, delivered.plusDays(daysLater), reason, kind, unsealed, true, true);
		StatutoryAnswer statutory = rights.evaluate(market, request);
		MerchantAnswer merchant = policy.evaluate(request, market.calendar().orElse(null), WORKING_DAYS);

		EffectiveAnswer effective = EffectiveAnswer.of(statutory, merchant);

		if (statutory.right()) {
			assertThat(effective.eligible()).isTrue();
			if (statutory.lastDay() != null) {
				assertThat(effective.lastDay()).isAfterOrEqualTo(statutory.lastDay());
			}
			else {
				assertThat(effective.source()).isEqualTo(EffectiveAnswer.Source.STATUTORY);
			}
			if (statutory.returnShippingPayer() == ShippingPayer.SELLER) {
				assertThat(effective.returnShippingPayer()).isEqualTo(ShippingPayer.SELLER);
			}
		}
		if (merchant.eligible()) {
			assertThat(effective.eligible()).as("a merchant may always give more").isTrue();
		}
		assertThat(effective.eligible()).isEqualTo(statutory.right() || merchant.eligible());
	}

	@Property(tries = 200) // #4
	void withoutAMerchantPolicyTheLawDecides(@ForAll("markets") String code,
			@ForAll @DateRange(min = "2026-01-01", max = "2026-12-31") LocalDate delivered,
			@ForAll @IntRange(min = 0, max = 60) int daysLater, @ForAll Reason reason) {
		var market = BOOK.find(code).orElseThrow();
		var request = new ReturnRequest(delivered, delivered.plusDays(daysLater), reason, ItemKind.NORMAL, false, true,
				true);
		StatutoryAnswer statutory = rights.evaluate(market, request);

		EffectiveAnswer effective = EffectiveAnswer.of(statutory, null);

		assertThat(effective.source()).isEqualTo(EffectiveAnswer.Source.STATUTORY);
		assertThat(effective.eligible()).isEqualTo(statutory.right());
	}
}
