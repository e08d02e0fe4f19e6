package io.crossback.sla;

import static io.crossback.sla.EscalationAction.ADD_INTERNAL_NOTE;
import static io.crossback.sla.EscalationAction.NOTIFY_TEAM_LEAD;
import static io.crossback.sla.EscalationAction.RAISE_PRIORITY;
import static io.crossback.sla.EscalationAction.REASSIGN;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.crossback.calendars.BusinessCalendars;
import io.crossback.cases.CaseStatus;
import io.crossback.core.CountryCode;

/**
 * The promises every tenant starts with: first response within 1 business hour, pickup within 48 hours of approval,
 * inspection within 24 hours of receipt, return completion within 7 working days in core markets and dispute
 * resolution within 15 working days (next response within 4 business hours is ours); a case triage escalates gets a
 * human within 10 minutes, day and night. Completion clocks pause while
 * the case waits for the customer or the returned parcel.
 */
final class DefaultPolicies {

	/** Core markets: where the 7-working-day completion promise holds. */
	static final Set<CountryCode> CORE_MARKETS = Stream.of("DE", "AT", "NL", "BE", "FR", "IT", "ES", "PL")
		.map(CountryCode::of)
		.collect(Collectors.toUnmodifiableSet());

	private static final Set<CaseStatus> WAITING_FOR_CUSTOMER = Set.of(CaseStatus.AWAITING_INFO);

	/** Completion measures the merchant's time: not while the parcel is with the customer or the carrier. */
	private static final Set<CaseStatus> WAITING_FOR_CUSTOMER_OR_PARCEL = Set.of(CaseStatus.AWAITING_INFO,
			CaseStatus.AWAITING_RETURN, CaseStatus.IN_TRANSIT);

	private static final SlaPolicy.Escalations ESCALATIONS = new SlaPolicy.Escalations(
			List.of(NOTIFY_TEAM_LEAD, ADD_INTERNAL_NOTE), List.of(RAISE_PRIORITY, REASSIGN, ADD_INTERNAL_NOTE));

	/** A customer at the edge gets a human within 10 minutes, around the clock (also for policies that forget it). */
	static final SlaPolicy.Target ESCALATION_TARGET = new SlaPolicy.Target(SlaMetric.ESCALATION_RESPONSE,
			Duration.ofMinutes(10), null, BusinessCalendars.ROUND_THE_CLOCK, Set.of());

	private DefaultPolicies() {
	}

	static List<SlaPolicy> all() {
		return List.of(
				new SlaPolicy("core-markets", new SlaPolicy.Conditions(Set.of(), CORE_MARKETS, Set.of(), Set.of()),
						targets(true), ESCALATIONS),
				new SlaPolicy("all-markets", SlaPolicy.Conditions.any(), targets(false), ESCALATIONS));
	}

	private static List<SlaPolicy.Target> targets(boolean core) {
		String business = BusinessCalendars.DEFAULT;
		String always = BusinessCalendars.ROUND_THE_CLOCK;
		List<SlaPolicy.Target> common = List.of(
				new SlaPolicy.Target(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1), null, business, Set.of()),
				new SlaPolicy.Target(SlaMetric.NEXT_RESPONSE, Duration.ofHours(4), null, business, Set.of()),
				new SlaPolicy.Target(SlaMetric.PICKUP, Duration.ofHours(48), null, always, Set.of()),
				new SlaPolicy.Target(SlaMetric.INSPECTION, Duration.ofHours(24), null, always, Set.of()),
				new SlaPolicy.Target(SlaMetric.DISPUTE_RESOLUTION, null, 15, business, WAITING_FOR_CUSTOMER),
				ESCALATION_TARGET);
		if (!core) {
			return common;
		}
		return Stream.concat(common.stream(),
				Stream.of(new SlaPolicy.Target(SlaMetric.RESOLUTION, null, 7, business, WAITING_FOR_CUSTOMER_OR_PARCEL)))
			.toList();
	}
}
