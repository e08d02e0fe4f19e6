package io.crossback.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.GenerationMode;

import io.crossback.orders.ItemKind;
import io.crossback.calendars.WorkingDays;
import io.crossback.cases.Reason;

/**
 * For every market and every delivery day of 2026 (exhaustively, not sampled), with and without the seller's
 * information, the last day behaves as a deadline must.
 */
class StatutoryRightsProperties {

	static final MarketRuleBook BOOK = new MarketRuleBook();

	static final WorkingDays WORKING_DAYS = new WorkingDays();

	final StatutoryRights rights = new StatutoryRights(WORKING_DAYS);

	@Provide
	Arbitrary<String> markets() {
		return Arbitraries.of(BOOK.codes());
	}

	/** Every day of 2026: the properties hold for each, not for a sample. */
	@Provide
	Arbitrary<LocalDate> days() {
		return Arbitraries.of(LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1)).toList());
	}

	/** One reason per path through the engine: withdrawal only, and withdrawal then guarantee. */
	@Provide
	Arbitrary<Reason> reasons() {
		return Arbitraries.of(Reason.NO_REASON, Reason.DEFECTIVE);
	}

	@Property(generation = GenerationMode.EXHAUSTIVE, tries = 100_000) // #4
	void lastDayIsAWorkingDayInRollOverMarketsAndNeverBeforeDelivery(@ForAll("markets") String code,
			@ForAll("days") LocalDate delivered,
			@ForAll("reasons") Reason reason, @ForAll boolean informed) {
		var market = BOOK.find(code).orElseThrow();
		StatutoryAnswer answer = rights.evaluate(market,
				new ReturnRequest(delivered, delivered, reason, ItemKind.NORMAL, false, informed, false));
		if (answer.lastDay() == null) {
			return;
		}
		assertThat(answer.lastDay()).isAfterOrEqualTo(delivered);
		var withdrawal = market.rules().inForceOn(delivered).withdrawal();
		if (withdrawal != null && withdrawal.rollOver() == MarketRules.RollOver.NEXT_WORKING_DAY) {
			assertThat(rights.isWorkingDay(market.calendar(), answer.lastDay()))
				.as("%s delivered %s: last day %s", code, delivered, answer.lastDay()).isTrue();
		}
	}

	@Property(generation = GenerationMode.EXHAUSTIVE, tries = 100_000) // #4
	void aRequestOnTheLastDayIsInTimeAndOneADayLaterIsNot(@ForAll("markets") String code,
			@ForAll("days") LocalDate delivered,
			@ForAll("reasons") Reason reason, @ForAll boolean informed) {
		var market = BOOK.find(code).orElseThrow();
		StatutoryAnswer first = rights.evaluate(market,
				new ReturnRequest(delivered, delivered, reason, ItemKind.NORMAL, false, informed, false));
		if (first.lastDay() == null) {
			return;
		}
		LocalDate lastDay = first.lastDay();
		StatutoryAnswer onLastDay = rights.evaluate(market,
				new ReturnRequest(delivered, lastDay, reason, ItemKind.NORMAL, false, informed, false));
		StatutoryAnswer dayAfter = rights.evaluate(market,
				new ReturnRequest(delivered, lastDay.plusDays(1), reason, ItemKind.NORMAL, false, informed, false));

		assertThat(onLastDay.right()).as("%s on %s", code, lastDay).isTrue();
		assertThat(onLastDay.lastDay()).isEqualTo(lastDay);
		if (dayAfter.basis() == Basis.LEGAL_GUARANTEE) {
			// a fault reported after the withdrawal period moves on to the (longer) guarantee
			assertThat(dayAfter.lastDay() == null || dayAfter.lastDay().isAfter(lastDay)).isTrue();
		}
		else {
			assertThat(dayAfter.right()).as("%s on %s", code, lastDay.plusDays(1)).isFalse();
			assertThat(dayAfter.basis()).isEqualTo(Basis.EXPIRED);
		}
	}
}
