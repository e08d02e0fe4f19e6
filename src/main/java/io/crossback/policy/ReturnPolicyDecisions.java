package io.crossback.policy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import io.crossback.calendars.WorkingDays;
import io.crossback.core.InvalidInput;
import io.crossback.core.TenantId;

/** Decides a return request: the law of the market, the tenant's own policy, which of them applies, and why. */
@Service
class ReturnPolicyDecisions {

	private final MarketRuleBook book;

	private final StatutoryRights rights;

	private final MerchantPolicies policies;

	private final Explanations explanations;

	private final WorkingDays workingDays;

	ReturnPolicyDecisions(MarketRuleBook book, StatutoryRights rights, MerchantPolicies policies,
			Explanations explanations, WorkingDays workingDays) {
		this.book = book;
		this.rights = rights;
		this.policies = policies;
		this.explanations = explanations;
		this.workingDays = workingDays;
	}

	/**
	 * @param tenant the caller's tenant, or null to judge by the law alone
	 * @throws InvalidInput when the market is unknown or its rules do not reach back to the delivery day
	 */
	Decision decide(@Nullable TenantId tenant, String marketCode, ReturnRequest request) {
		return decide(tenant, marketCode, request, List.of());
	}

	/** As {@link #decide(TenantId, String, ReturnRequest)}, explaining also in {@code extraLanguages}. */
	Decision decide(@Nullable TenantId tenant, String marketCode, ReturnRequest request, List<String> extraLanguages) {
		MarketRuleBook.Market market = market(marketCode);
		StatutoryAnswer statutory;
		try {
			statutory = rights.evaluate(market, request);
		}
		catch (StatutoryRights.NoRuleInForce e) {
			throw InvalidInput.of("deliveredOn", e.getMessage());
		}
		MerchantAnswer merchant = tenant == null ? null
				: policies.forMarket(tenant, marketCode)
					.map(p -> p.evaluate(request, market.calendar().orElse(null), workingDays))
					.orElse(null);
		EffectiveAnswer effective = EffectiveAnswer.of(statutory, merchant);
		return new Decision(marketCode, statutory, merchant, effective,
				explanations.explain(Stream.concat(market.rules().languages().stream(), extraLanguages.stream()).toList(),
						statutory, merchant, effective));
	}

	MarketRuleBook.Market market(String code) {
		return book.find(code)
			.orElseThrow(() -> InvalidInput.notOneOf("market", code, book.codes().stream().toList()));
	}

	/** A decision with its explanation in English and the market's languages. */
	record Decision(String market, StatutoryAnswer statutory, @Nullable MerchantAnswer merchant,
			EffectiveAnswer effective, Map<String, String> explanation) {
	}
}
