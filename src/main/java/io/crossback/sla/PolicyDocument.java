package io.crossback.sla;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.crossback.calendars.BusinessCalendars;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.core.WireValue;
import io.crossback.core.CountryCode;
import io.crossback.core.InvalidInput;
import io.crossback.core.InvalidInput.FieldError;

/**
 * The JSON form of a tenant's ordered SLA policies, as {@code GET/PUT /api/v1/sla-policies} exchange it and as it is
 * stored. {@code toPolicies()} validates and names every offending field.
 */
record PolicyDocument(@Nullable List<PolicyBody> policies, @Nullable Long version) {

	static final List<String> TIERS = List.of("standard", "vip");

	record PolicyBody(@Nullable String name, @Nullable ConditionsBody conditions, @Nullable List<TargetBody> targets,
			@Nullable EscalationsBody escalations) {
	}

	record ConditionsBody(@Nullable List<String> caseTypes, @Nullable List<String> markets,
			@Nullable List<String> channels, @Nullable List<String> customerTiers) {
	}

	record TargetBody(@Nullable String metric, @Nullable String duration, @Nullable Integer workingDays,
			@Nullable String calendarId, @Nullable List<String> pausedWhile) {
	}

	record EscalationsBody(@Nullable List<String> atRisk, @Nullable List<String> breach) {
	}

	static PolicyDocument of(List<SlaPolicy> policies, long version) {
		return new PolicyDocument(policies.stream().map(PolicyDocument::body).toList(), version);
	}

	private static PolicyBody body(SlaPolicy p) {
		SlaPolicy.Conditions c = p.conditions();
		return new PolicyBody(p.name(),
				new ConditionsBody(wires(c.caseTypes()), c.markets().stream().map(CountryCode::value).sorted().toList(),
						wires(c.channels()), c.customerTiers().stream().sorted().toList()),
				p.targets().stream()
					.map(t -> new TargetBody(t.metric().wire(), t.duration() == null ? null : t.duration().toString(),
							t.workingDays(), t.calendarId(), wires(t.pausedWhile())))
					.toList(),
				new EscalationsBody(p.escalations().atRisk().stream().map(WireValue::wire).toList(),
						p.escalations().breach().stream().map(WireValue::wire).toList()));
	}

	private static <E extends Enum<E> & WireValue> List<String> wires(Set<E> values) {
		return values.stream().sorted().map(WireValue::wire).toList();
	}

	/** The validated policies; {@link InvalidInput} naming each bad field otherwise. */
	List<SlaPolicy> toPolicies() {
		List<FieldError> errors = new ArrayList<>();
		if (policies == null || policies.isEmpty()) {
			throw InvalidInput.of("policies", "give at least one policy");
		}
		List<SlaPolicy> result = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < policies.size(); i++) {
			String at = "policies[" + i + "]";
			PolicyBody p = policies.get(i);
			if (p == null) {
				errors.add(new FieldError(at, "must not be null", List.of()));
				continue;
			}
			if (p.name() == null || !p.name().matches("[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}")) {
				errors.add(new FieldError(at + ".name", "1-100 letters, digits, spaces, '.', '_' or '-'", List.of()));
			}
			else if (!names.add(p.name())) {
				errors.add(new FieldError(at + ".name", "'" + p.name() + "' is used twice", List.of()));
			}
			ConditionsBody c = p.conditions() == null ? new ConditionsBody(null, null, null, null) : p.conditions();
			Set<CaseType> types = enums(CaseType.class, c.caseTypes(), at + ".conditions.caseTypes", errors);
			Set<Channel> channels = enums(Channel.class, c.channels(), at + ".conditions.channels", errors);
			Set<CountryCode> markets = new HashSet<>();
			List<String> givenMarkets = c.markets() == null ? List.of() : c.markets();
			for (int m = 0; m < givenMarkets.size(); m++) {
				if (CountryCode.isValid(givenMarkets.get(m))) {
					markets.add(CountryCode.of(givenMarkets.get(m)));
				}
				else {
					errors.add(new FieldError(at + ".conditions.markets[" + m + "]",
							"must be an ISO 3166-1 alpha-2 code such as DE", List.of()));
				}
			}
			Set<String> tiers = new HashSet<>();
			for (String tier : c.customerTiers() == null ? List.<String>of() : c.customerTiers()) {
				if (TIERS.contains(tier)) {
					tiers.add(tier);
				}
				else {
					errors.add(new FieldError(at + ".conditions.customerTiers", "'" + tier + "' is not one of " + TIERS,
							TIERS));
				}
			}
			List<SlaPolicy.Target> targets = targets(p.targets(), at, errors);
			EscalationsBody e = p.escalations() == null ? new EscalationsBody(null, null) : p.escalations();
			List<EscalationAction> atRisk = List.copyOf(
					enums(EscalationAction.class, e.atRisk(), at + ".escalations.atRisk", errors));
			List<EscalationAction> breach = List.copyOf(
					enums(EscalationAction.class, e.breach(), at + ".escalations.breach", errors));
			if (errors.isEmpty()) {
				result.add(new SlaPolicy(p.name(), new SlaPolicy.Conditions(types, markets, channels, tiers), targets,
						new SlaPolicy.Escalations(atRisk, breach)));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return result;
	}

	private static List<SlaPolicy.Target> targets(@Nullable List<TargetBody> given, String at, List<FieldError> errors) {
		List<SlaPolicy.Target> targets = new ArrayList<>();
		if (given == null || given.isEmpty()) {
			errors.add(new FieldError(at + ".targets", "give at least one target", List.of()));
			return targets;
		}
		Set<SlaMetric> seen = EnumSet.noneOf(SlaMetric.class);
		for (int i = 0; i < given.size(); i++) {
			String field = at + ".targets[" + i + "]";
			TargetBody t = given.get(i);
			if (t == null) {
				errors.add(new FieldError(field, "must not be null", List.of()));
				continue;
			}
			SlaMetric metric = t.metric() == null ? null : WireValue.parse(SlaMetric.class, t.metric()).orElse(null);
			if (metric == null) {
				errors.add(new FieldError(field + ".metric", "'" + t.metric() + "' is not one of "
						+ WireValue.allowed(SlaMetric.class), WireValue.allowed(SlaMetric.class)));
			}
			else if (!seen.add(metric)) {
				errors.add(new FieldError(field + ".metric", "'" + t.metric() + "' has two targets", List.of()));
			}
			Duration duration = null;
			if ((t.duration() == null) == (t.workingDays() == null)) {
				errors.add(new FieldError(field + ".duration", "give exactly one of duration or workingDays", List.of()));
			}
			else if (t.duration() != null) {
				try {
					duration = Duration.parse(t.duration());
					if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(366)) > 0) {
						errors.add(new FieldError(field + ".duration", "must be between PT1S and P366D", List.of()));
					}
				}
				catch (DateTimeParseException e) {
					errors.add(new FieldError(field + ".duration", "is not an ISO 8601 duration such as PT1H", List.of()));
				}
			}
			else if (t.workingDays() < 1 || t.workingDays() > 250) {
				errors.add(new FieldError(field + ".workingDays", "must be between 1 and 250", List.of()));
			}
			String calendarId = t.calendarId() == null ? BusinessCalendars.DEFAULT : t.calendarId();
			if (!BusinessCalendars.isValidId(calendarId)) {
				errors.add(new FieldError(field + ".calendarId", "is not a calendar id", List.of()));
			}
			Set<CaseStatus> paused = enums(CaseStatus.class, t.pausedWhile(), field + ".pausedWhile", errors);
			if (errors.isEmpty()) {
				targets.add(new SlaPolicy.Target(metric, duration, duration == null ? t.workingDays() : null, calendarId,
						paused));
			}
		}
		return targets;
	}

	private static <E extends Enum<E> & WireValue> Set<E> enums(Class<E> type, @Nullable List<String> given, String field,
			List<FieldError> errors) {
		Set<E> values = new LinkedHashSet<>();
		for (String wire : given == null ? List.<String>of() : given) {
			WireValue.parse(type, wire == null ? "" : wire.toLowerCase(Locale.ROOT))
				.ifPresentOrElse(values::add, () -> errors.add(new FieldError(field,
						"'" + wire + "' is not one of " + WireValue.allowed(type), WireValue.allowed(type))));
		}
		return values;
	}
}
