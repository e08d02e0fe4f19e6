package io.crossback.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.crossback.cases.CaseId;
import io.crossback.cases.CaseIntakeAssessor;
import io.crossback.cases.CaseType;
import io.crossback.cases.CaseViewContributor;
import io.crossback.cases.Reason;
import io.crossback.core.TenantId;
import io.crossback.orders.ItemKind;
import io.crossback.orders.Order;
import io.crossback.orders.OrderLine;
import io.crossback.orders.OrderManagement;

/**
 * Judges return, exchange and refund cases at intake against the order's market and the tenant's policy, records the
 * decision, and shows it as the case's {@code policy} section. Each claimed line is judged by its item kind; the case
 * is eligible only if every line is, and the recorded decision is the least favourable line's.
 */
@Component
class CasePolicy implements CaseIntakeAssessor, CaseViewContributor {

	private static final Set<CaseType> ASSESSED = Set.of(CaseType.RETURN, CaseType.EXCHANGE, CaseType.REFUND);

	private final OrderManagement orders;

	private final ReturnPolicyDecisions decisions;

	private final PolicyDecisionLog log;

	private final MarketRuleBook book;

	private final PolicySettings settings;

	private final MerchantPolicies policies;

	CasePolicy(OrderManagement orders, ReturnPolicyDecisions decisions, PolicyDecisionLog log, MarketRuleBook book,
			PolicySettings settings, MerchantPolicies policies) {
		this.policies = policies;
		this.orders = orders;
		this.decisions = decisions;
		this.log = log;
		this.book = book;
		this.settings = settings;
	}

	@Override
	public Optional<Assessment> assess(Intake intake) {
		if (!ASSESSED.contains(intake.type())) {
			return Optional.empty();
		}
		Optional<ReturnPolicyDecisions.Decision> judged = judge(intake.tenantId(), intake.orderId(), intake.lineIds(),
				intake.reason(), intake.at(), List.of());
		if (judged.isEmpty()) {
			return Optional.empty();
		}
		ReturnPolicyDecisions.Decision decision = judged.get();
		log.record(intake.tenantId(), intake.caseId(), decision, intake.at());
		boolean eligible = decision.effective().eligible();
		return Optional.of(new Assessment(eligible, eligible && settings.autoApproveEligible(),
				decision.explanation().get("en") + " [rules " + decision.statutory().ruleVersion() + "]"));
	}

	/**
	 * The decision for a request on these lines of the order (all lines when none are named), without recording it;
	 * empty when the order is unknown, not delivered yet, or its market has no rules. Explained in English, the market's
	 * languages, the customer's and {@code extraLanguages}.
	 */
	Optional<ReturnPolicyDecisions.Decision> judge(TenantId tenant, String orderId, List<String> lineIds, Reason reason,
			Instant at, List<String> extraLanguages) {
		Optional<Order> found = orders.find(tenant, orderId);
		if (found.isEmpty() || found.get().deliveredAt() == null) {
			return Optional.empty(); // nothing delivered yet: no period has started, an agent decides
		}
		Order order = found.get();
		String market = order.destinationCountry().value();
		Optional<MarketRuleBook.Market> rules = book.find(market);
		if (rules.isEmpty()) {
			return Optional.empty(); // a market without rules: no statutory basis to judge by
		}
		var zone = rules.get().rules().timeZone();
		LocalDate deliveredOn = LocalDate.ofInstant(order.deliveredAt(), zone);
		LocalDate requestedOn = LocalDate.ofInstant(at, zone);
		if (requestedOn.isBefore(deliveredOn)) {
			requestedOn = deliveredOn;
		}
		List<ItemKind> kinds = new ArrayList<>();
		for (OrderLine line : order.lines()) {
			if (lineIds.isEmpty() || lineIds.contains(line.lineId())) {
				kinds.add(line.itemKind());
			}
		}
		if (kinds.isEmpty()) {
			kinds.add(ItemKind.NORMAL);
		}
		List<String> languages = new ArrayList<>(List.of(order.customer().language().value()));
		languages.addAll(extraLanguages);
		LocalDate asked = requestedOn;
		// a shop that keeps its return policy here shows it to its customers (what Japan's rule asks about)
		boolean displayed = policies.forMarket(tenant, market).isPresent();
		return Optional.of(kinds.stream()
			.distinct()
			.map(kind -> decisions.decide(tenant, market,
					new ReturnRequest(deliveredOn, asked, reason, kind, false, true, displayed), languages))
			.min(Comparator.comparing((ReturnPolicyDecisions.Decision d) -> d.effective().eligible())
				.thenComparing(d -> d.effective().lastDay(), Comparator.nullsLast(Comparator.naturalOrder())))
			.orElseThrow());
	}

	@Override
	public String key() {
		return "policy";
	}

	@Override
	public Optional<Object> contribute(TenantId tenantId, CaseId caseId) {
		return log.find(tenantId, caseId).map(Object.class::cast);
	}
}
