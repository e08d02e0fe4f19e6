package io.crossback.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.crossback.orders.ItemKind;
import io.crossback.calendars.WorkingDays;
import io.crossback.core.CountryCode;
import io.crossback.policy.MarketRuleBook.Market;
import io.crossback.policy.MarketRules.Rule;
import io.crossback.policy.MarketRules.Withdrawal;

/**
 * Applies a market's rule file to a return request. Plain arithmetic over the rule's data and the market's working
 * days; nothing here knows a country by name.
 */
@Component
class StatutoryRights {

	private final WorkingDays workingDays;

	StatutoryRights(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	/** @throws NoRuleInForce when the market's file does not reach back to the delivery day */
	StatutoryAnswer evaluate(Market market, ReturnRequest request) {
		Rule rule = market.rules().inForceOn(request.deliveredOn());
		if (rule == null) {
			throw new NoRuleInForce(market.code(), market.rules().rules().get(0).effectiveFrom());
		}
		Withdrawal withdrawal = rule.withdrawal();
		if (withdrawal == null) {
			return request.claimsNonConformity() ? guarantee(market, rule, request, null, false)
					: answer(false, Basis.NONE, null, null, null, rule, null, null, false);
		}
		LocalDate ordinaryEnd = unrolledEnd(market, withdrawal, request.deliveredOn());
		boolean extended = !request.sellerInformedOfRight() && withdrawal.uninformed() != null;
		LocalDate end = extended ? switch (withdrawal.uninformed().from()) {
			case PERIOD_END -> ordinaryEnd.plus(withdrawal.uninformed().period());
			case TRIGGER -> request.deliveredOn().plus(withdrawal.uninformed().period());
		} : ordinaryEnd;
		LocalDate lastDay = roll(market, withdrawal.rollOver(), end);
		if (withdrawal.displacedBySellerTerms() && request.sellerReturnPolicyDisplayed()) {
			return request.claimsNonConformity() ? guarantee(market, rule, request, lastDay, extended)
					: answer(false, Basis.DISPLACED_BY_SELLER_TERMS, null, null, null, rule, null, lastDay, extended);
		}
		MarketRules.Exclusion exclusion = rule.exclusionFor(request.itemKind(), request.unsealed());
		if (exclusion != null) {
			return request.claimsNonConformity() ? guarantee(market, rule, request, lastDay, extended)
					: answer(false, Basis.EXCLUDED, null, null, null, rule, exclusion.itemKind(), lastDay, extended);
		}
		if (!request.requestedOn().isAfter(lastDay)) {
			// a faulty item sent back within the period costs the consumer nothing: the guarantee route is open too
			ShippingPayer payer = request.claimsNonConformity() && rule.legalGuarantee() != null ? ShippingPayer.SELLER
					: withdrawal.returnShippingPayer();
			return new StatutoryAnswer(true, Basis.WITHDRAWAL, lastDay, withdrawal.dayKind(), payer,
					withdrawal.refundDeadlineDays(), rule.law(), null, rule.version(), lastDay, extended);
		}
		if (request.claimsNonConformity()) {
			return guarantee(market, rule, request, lastDay, extended);
		}
		return new StatutoryAnswer(false, Basis.EXPIRED, lastDay, withdrawal.dayKind(), null, null, rule.law(), null,
				rule.version(), lastDay, extended);
	}

	private StatutoryAnswer guarantee(Market market, Rule rule, ReturnRequest request,
			@Nullable LocalDate withdrawalLastDay, boolean extended) {
		MarketRules.Guarantee guarantee = rule.legalGuarantee();
		if (guarantee == null) {
			return answer(false, Basis.NONE, null, null, null, rule, null, withdrawalLastDay, extended);
		}
		String law = guarantee.citation();
		if (guarantee.period() == null) {
			return new StatutoryAnswer(true, Basis.LEGAL_GUARANTEE, null, null, ShippingPayer.SELLER, null, law, null,
					rule.version(), withdrawalLastDay, extended);
		}
		MarketRules.RollOver rollOver = rule.withdrawal() == null ? MarketRules.RollOver.NONE
				: rule.withdrawal().rollOver();
		LocalDate lastDay = roll(market, rollOver, request.deliveredOn().plus(guarantee.period()));
		boolean inTime = !request.requestedOn().isAfter(lastDay);
		return new StatutoryAnswer(inTime, inTime ? Basis.LEGAL_GUARANTEE : Basis.EXPIRED, lastDay, DayKind.CALENDAR,
				inTime ? ShippingPayer.SELLER : null, null, law, null, rule.version(), withdrawalLastDay, extended);
	}

	private static StatutoryAnswer answer(boolean right, Basis basis, @Nullable LocalDate lastDay,
			@Nullable DayKind dayKind, @Nullable ShippingPayer payer, Rule rule, @Nullable ItemKind exception,
			@Nullable LocalDate withdrawalLastDay, boolean extended) {
		return new StatutoryAnswer(right, basis, lastDay, dayKind, payer, null, rule.law(), exception, rule.version(),
				withdrawalLastDay, extended);
	}

	/** The period's last day before any roll-over. */
	private LocalDate unrolledEnd(Market market, Withdrawal withdrawal, LocalDate trigger) {
		return switch (withdrawal.dayKind()) {
			case CALENDAR -> trigger.plusDays(
					withdrawal.firstDay() == MarketRules.FirstDay.TRIGGER_DAY ? withdrawal.days() - 1 : withdrawal.days());
			case BUSINESS -> {
				LocalDate day = withdrawal.firstDay() == MarketRules.FirstDay.TRIGGER_DAY ? trigger.minusDays(1) : trigger;
				for (int counted = 0; counted < withdrawal.days();) {
					day = day.plusDays(1);
					if (isWorkingDay(market.calendar(), day)) {
						counted++;
					}
				}
				yield day;
			}
		};
	}

	private LocalDate roll(Market market, MarketRules.RollOver rollOver, LocalDate day) {
		if (rollOver == MarketRules.RollOver.NONE) {
			return day;
		}
		LocalDate rolled = day;
		while (!isWorkingDay(market.calendar(), rolled)) {
			rolled = rolled.plusDays(1);
		}
		return rolled;
	}

	/** Whether {@code day} is a working day in the market; without a country (the EU file itself) Monday to Friday. */
	boolean isWorkingDay(Optional<CountryCode> calendar, LocalDate day) {
		return calendar.map(country -> workingDays.isWorkingDay(country, null, day))
			.orElse(day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
	}

	/** The market's rule file does not reach back to the day asked about. */
	static class NoRuleInForce extends RuntimeException {

		NoRuleInForce(String market, LocalDate earliest) {
			super("no rule for market " + market + " is in force before " + earliest, null, false, false);
		}
	}
}
