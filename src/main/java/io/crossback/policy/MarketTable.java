package io.crossback.policy;

import java.time.Period;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.crossback.policy.MarketRules.Rule;
import io.crossback.policy.MarketRules.Withdrawal;

/** Renders {@code docs/policy/markets.md} from the rule files, so the table can never drift from the data. */
final class MarketTable {

	static final String PATH = "docs/policy/markets.md";

	private MarketTable() {
	}

	static String render(MarketRuleBook book) {
		StringBuilder md = new StringBuilder();
		md.append("# Statutory return rules per market\n\n")
			.append("Generated from `src/main/resources/policy/markets/*.yaml` by `MarketTableTests`; do not edit by hand ")
			.append("(run `./mvnw test -Dtest=MarketTableTests -Dcrossback.policy.write-docs=true`).\n")
			.append("Member states of the EU without a row of their own follow the `EU` row on their own public-holiday ")
			.append("calendar. This table is a summary for engineers and agents, not legal advice.\n\n")
			.append("| Market | Version (in force from) | Law | Withdrawal period | If not informed | Return shipping | ")
			.append("Refund within | Excluded item kinds | Legal guarantee | Sources |\n")
			.append("|---|---|---|---|---|---|---|---|---|---|\n");
		for (MarketRules market : book.files()) {
			for (Rule rule : market.rules()) {
				Withdrawal w = rule.withdrawal();
				md.append("| ").append(market.market()).append(" ").append(cell(market.name()))
					.append(" | ").append(rule.version()).append(" (").append(rule.effectiveFrom()).append(")")
					.append(" | ").append(cell(rule.law()))
					.append(" | ").append(w == null ? "none" : period(w))
					.append(" | ").append(w == null || w.uninformed() == null ? "–"
							: "+" + human(w.uninformed().period()) + " from "
									+ w.uninformed().from().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " ("
									+ cell(w.uninformed().citation()) + ")")
					.append(" | ").append(w == null ? "–" : w.returnShippingPayer().wire())
					.append(" | ").append(w == null ? "–" : refund(w))
					.append(" | ").append(rule.exclusions().isEmpty() ? "–" : rule.exclusions().stream()
						.map(e -> "`" + e.itemKind().wire() + "`"
								+ (e.when() == MarketRules.Condition.UNSEALED ? " once unsealed" : ""))
						.collect(Collectors.joining(", ")))
					.append(" | ").append(rule.legalGuarantee() == null ? "–"
							: human(rule.legalGuarantee().period()) + " (" + cell(rule.legalGuarantee().citation()) + ")")
					.append(" | ").append(rule.sources().stream()
						.map(s -> "[" + cell(s.title()) + "](" + s.url() + ")")
						.collect(Collectors.joining("<br>")))
					.append(" |\n");
			}
		}
		return md.toString();
	}

	private static String period(Withdrawal w) {
		return w.days() + " " + w.dayKind().wire() + " days from " + w.trigger().name().toLowerCase(java.util.Locale.ROOT)
				+ (w.firstDay() == MarketRules.FirstDay.TRIGGER_DAY ? " (delivery day counts)" : "")
				+ (w.rollOver() == MarketRules.RollOver.NEXT_WORKING_DAY ? "; last day rolls to next working day" : "")
				+ (w.displacedBySellerTerms() ? "; not if the seller displayed its own return terms" : "") + " ("
				+ cell(w.citation()) + ")";
	}

	private static String refund(Withdrawal w) {
		if (w.refundDeadlineDays() != null) {
			return w.refundDeadlineDays() + " days";
		}
		return w.refundNote() == null ? "not fixed" : cell(w.refundNote());
	}

	static String human(@Nullable Period period) {
		if (period == null) {
			return "reasonable time (no fixed period)";
		}
		if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
			return period.getYears() + (period.getYears() == 1 ? " year" : " years");
		}
		if (period.getYears() == 0 && period.getMonths() > 0 && period.getDays() == 0) {
			return period.getMonths() + (period.getMonths() == 1 ? " month" : " months");
		}
		if (period.toTotalMonths() == 0) {
			return period.getDays() + " days";
		}
		return period.toString();
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}
}
