package io.crossback.policy;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.crossback.orders.ItemKind;

/**
 * One market's rule file ({@code policy/markets/<market>.yaml}): the market's languages, time zone, working-day
 * calendar and its statutory rules, one entry per law version. A law change is a new entry with a later
 * {@code effectiveFrom}, never an edit of an old one, so a decision recorded under a version can be explained later.
 */
record MarketRules(String market, String name, List<String> languages, ZoneId timeZone, @Nullable String calendar,
		List<Rule> rules) {

	MarketRules {
		Objects.requireNonNull(market, "market");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(timeZone, "timeZone");
		languages = languages == null ? List.of() : List.copyOf(languages);
		rules = rules == null ? List.of()
				: rules.stream().sorted(Comparator.comparing(Rule::effectiveFrom)).toList();
	}

	/** The entry in force on {@code day}, if the file reaches back that far. */
	@Nullable
	Rule inForceOn(LocalDate day) {
		Rule found = null;
		for (Rule rule : rules) {
			if (!rule.effectiveFrom().isAfter(day)) {
				found = rule;
			}
		}
		return found;
	}

	/** One version of a market's statutory rules. */
	record Rule(String version, LocalDate effectiveFrom, String lawName, String law, @Nullable Withdrawal withdrawal,
			List<Exclusion> exclusions, @Nullable Guarantee legalGuarantee, List<Source> sources, @Nullable String notes) {

		Rule {
			Objects.requireNonNull(version, "version");
			Objects.requireNonNull(effectiveFrom, "effectiveFrom");
			Objects.requireNonNull(lawName, "lawName");
			Objects.requireNonNull(law, "law");
			exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
			sources = sources == null ? List.of() : List.copyOf(sources);
		}

		@Nullable
		Exclusion exclusionFor(ItemKind kind, boolean unsealed) {
			return exclusions.stream()
				.filter(e -> e.itemKind() == kind && (e.when() == Condition.ALWAYS || unsealed))
				.findFirst()
				.orElse(null);
		}
	}

	/**
	 * A statutory right to withdraw without a reason: {@code days} counted from the day after the trigger (or from the
	 * trigger day itself), rolled onto the next working day when the last day is not one.
	 */
	record Withdrawal(int days, DayKind dayKind, Trigger trigger, FirstDay firstDay, RollOver rollOver,
			ShippingPayer returnShippingPayer, @Nullable Integer refundDeadlineDays, @Nullable String refundNote,
			@Nullable Extension uninformed, boolean displacedBySellerTerms, String citation) {

		Withdrawal {
			if (days < 1) {
				throw new IllegalArgumentException("withdrawal days must be positive: " + days);
			}
			Objects.requireNonNull(dayKind, "dayKind");
			trigger = trigger == null ? Trigger.DELIVERY : trigger;
			firstDay = firstDay == null ? FirstDay.DAY_AFTER_TRIGGER : firstDay;
			rollOver = rollOver == null ? RollOver.NONE : rollOver;
			Objects.requireNonNull(returnShippingPayer, "returnShippingPayer");
			Objects.requireNonNull(citation, "citation");
		}
	}

	/** How long the right lasts when the seller never informed the consumer of it. */
	record Extension(Period period, ExtensionStart from, String citation) {

		Extension {
			Objects.requireNonNull(period, "period");
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(citation, "citation");
		}
	}

	/** An item kind excluded from withdrawal, always or only once unsealed. */
	record Exclusion(ItemKind itemKind, Condition when, String citation) {

		Exclusion {
			Objects.requireNonNull(itemKind, "itemKind");
			when = when == null ? Condition.ALWAYS : when;
			Objects.requireNonNull(citation, "citation");
		}
	}

	/** The seller's liability for non-conforming goods; a null period means "a reasonable time" (no fixed end). */
	record Guarantee(@Nullable Period period, String citation, @Nullable String note) {

		Guarantee {
			Objects.requireNonNull(citation, "citation");
		}
	}

	record Source(String title, String url) {
	}

	enum Trigger {
		/** The consumer (or a third party they named) took physical possession of the goods. */
		DELIVERY
	}

	enum FirstDay {
		/** The trigger day is not counted (Regulation 1182/71 art. 3(1), BGB § 187(1)). */
		DAY_AFTER_TRIGGER,
		/** The trigger day counts as the first day (Japan: "from the day of delivery, until eight days have passed"). */
		TRIGGER_DAY
	}

	enum RollOver {
		NONE,
		/** A last day that is a rest day or public holiday moves to the next working day. */
		NEXT_WORKING_DAY
	}

	enum ExtensionStart {
		/** Counted from the end of the ordinary period (Directive 2011/83/EU art. 10(1)). */
		PERIOD_END,
		/** Counted from the trigger (Russia: three months from delivery). */
		TRIGGER
	}

	enum Condition {
		ALWAYS, UNSEALED
	}
}
