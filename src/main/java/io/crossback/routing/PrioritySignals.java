package io.crossback.routing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.crossback.core.WireValue;

/**
 * Everything priority is computed from. Triage's urgency and emotion and the SLA clocks at risk are optional: they
 * arrive when those modules report them, and routing works without them.
 */
record PrioritySignals(boolean vip, Instant submittedAt, @Nullable Urgency urgency, @Nullable Emotion emotion,
		List<SlaRisk> slaRisks) {

	PrioritySignals {
		Objects.requireNonNull(submittedAt, "submittedAt");
		slaRisks = List.copyOf(slaRisks);
	}

	static PrioritySignals of(boolean vip, Instant submittedAt) {
		return new PrioritySignals(vip, submittedAt, null, null, List.of());
	}

	PrioritySignals withUrgency(@Nullable Urgency urgency) {
		return new PrioritySignals(vip, submittedAt, urgency, emotion, slaRisks);
	}

	PrioritySignals withEmotion(@Nullable Emotion emotion) {
		return new PrioritySignals(vip, submittedAt, urgency, emotion, slaRisks);
	}

	/** Replaces the risk reported for the same clock. */
	PrioritySignals withSlaRisk(SlaRisk risk) {
		var risks = new java.util.ArrayList<>(slaRisks.stream().filter(r -> !r.clock().equals(risk.clock())).toList());
		risks.add(risk);
		return new PrioritySignals(vip, submittedAt, urgency, emotion, risks);
	}

	/** Triage's judgement of how urgent the customer's problem is. */
	enum Urgency implements WireValue {
		LOW, NORMAL, HIGH, CRITICAL
	}

	/** Triage's reading of the customer's mood. */
	enum Emotion implements WireValue {
		CALM, DISAPPOINTED, FRUSTRATED, ANXIOUS, ANGRY
	}

	/** An SLA clock (e.g. {@code first_response}) that is close to or past its deadline. */
	record SlaRisk(String clock, SlaState state) {

		SlaRisk {
			Objects.requireNonNull(clock, "clock");
			Objects.requireNonNull(state, "state");
		}
	}

	enum SlaState implements WireValue {
		AT_RISK, BREACHED
	}
}
