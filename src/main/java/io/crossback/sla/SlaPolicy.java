package io.crossback.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.crossback.calendars.BusinessCalendar;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.core.CountryCode;

/**
 * A named set of SLA targets for the cases its conditions match. A tenant's policies are ordered: the first whose
 * conditions match a new case applies to it.
 */
record SlaPolicy(String name, Conditions conditions, List<Target> targets, Escalations escalations) {

	SlaPolicy {
		targets = List.copyOf(targets);
	}

	Optional<Target> target(SlaMetric metric) {
		return targets.stream().filter(t -> t.metric() == metric).findFirst();
	}

	/** Empty sets match anything. Customer tiers are {@code vip} and {@code standard}. */
	record Conditions(Set<CaseType> caseTypes, Set<CountryCode> markets, Set<Channel> channels,
			Set<String> customerTiers) {

		Conditions {
			caseTypes = Set.copyOf(caseTypes);
			markets = Set.copyOf(markets);
			channels = Set.copyOf(channels);
			customerTiers = Set.copyOf(customerTiers);
		}

		static Conditions any() {
			return new Conditions(Set.of(), Set.of(), Set.of(), Set.of());
		}

		/** {@code channel} and {@code tier} are unknown (null) when matching for an already running case. */
		boolean matches(CaseType type, CountryCode market, @Nullable Channel channel, @Nullable String tier) {
			return (caseTypes.isEmpty() || caseTypes.contains(type)) && (markets.isEmpty() || markets.contains(market))
					&& (channels.isEmpty() || channel == null || channels.contains(channel))
					&& (customerTiers.isEmpty() || tier == null || customerTiers.contains(tier));
		}
	}

	/**
	 * What one metric must meet: a business-time {@code duration} or a number of {@code workingDays}, both on
	 * {@code calendarId}; the metric pauses while the case is in one of {@code pausedWhile}.
	 */
	record Target(SlaMetric metric, @Nullable Duration duration, @Nullable Integer workingDays, String calendarId,
			Set<CaseStatus> pausedWhile) {

		Target {
			if ((duration == null) == (workingDays == null)) {
				throw new IllegalArgumentException("a target has either a duration or working days");
			}
			pausedWhile = Set.copyOf(pausedWhile);
		}

		Instant dueFrom(Instant start, BusinessCalendar calendar) {
			return duration != null ? calendar.plusBusinessTime(start, duration)
					: calendar.plusWorkingDays(start, workingDays);
		}

		/** ISO 8601: the duration itself, or {@code P7D} for seven working days. */
		String label() {
			return duration != null ? duration.toString() : "P" + workingDays + "D";
		}
	}

	record Escalations(List<EscalationAction> atRisk, List<EscalationAction> breach) {

		Escalations {
			atRisk = List.copyOf(atRisk);
			breach = List.copyOf(breach);
		}
	}
}
