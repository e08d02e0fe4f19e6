package io.crossback.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a work item's priority from its signals. Additive points first (base, age, triage, SLA), then the VIP
 * green channel multiplies the sum by 1.5 and lifts the level to at least {@code high}; the score is clamped to
 * 0-100. Each contribution that moved the score is named in {@code reasons}, in the order applied.
 */
final class Prioritizer {

	static final int BASE = 40;
	static final int POINTS_PER_HOUR_WAITING = 2;
	static final int MAX_AGE_POINTS = 20;

	private Prioritizer() {
	}

	static Priority assess(PrioritySignals signals, Instant now) {
		List<String> reasons = new ArrayList<>();
		int score = BASE;

		long hours = Math.max(0, Duration.between(signals.submittedAt(), now).toHours());
		int agePoints = (int) Math.min(MAX_AGE_POINTS, hours * POINTS_PER_HOUR_WAITING);
		if (agePoints > 0) {
			score += agePoints;
			reasons.add("waiting %dh +%d".formatted(hours, agePoints));
		}

		if (signals.urgency() != null) {
			int points = switch (signals.urgency()) {
				case LOW -> -15;
				case NORMAL -> 0;
				case HIGH -> 15;
				case CRITICAL -> 30;
			};
			if (points != 0) {
				score += points;
				reasons.add("triage urgency %s %s".formatted(signals.urgency().wire(), signed(points)));
			}
		}

		if (signals.emotion() != null) {
			int points = switch (signals.emotion()) {
				case CALM -> 0;
				case DISAPPOINTED, FRUSTRATED -> 5;
				case ANXIOUS, ANGRY -> 10;
			};
			if (points != 0) {
				score += points;
				reasons.add("customer %s %s".formatted(signals.emotion().wire(), signed(points)));
			}
		}

		for (PrioritySignals.SlaRisk risk : signals.slaRisks()) {
			int points = risk.state() == PrioritySignals.SlaState.BREACHED ? 35 : 20;
			score += points;
			String what = risk.state() == PrioritySignals.SlaState.BREACHED ? "breached" : "at risk";
			reasons.add("sla %s %s %s".formatted(risk.clock(), what, signed(points)));
		}

		if (signals.vip()) {
			score = (int) Math.round(score * 1.5);
			reasons.add(0, "vip green channel +50%");
		}

		score = Math.max(0, Math.min(100, score));
		PriorityLevel level = PriorityLevel.of(score);
		if (signals.vip() && level.compareTo(PriorityLevel.HIGH) < 0) {
			level = PriorityLevel.HIGH;
		}
		return new Priority(level, score, reasons);
	}

	private static String signed(int points) {
		return points > 0 ? "+" + points : Integer.toString(points);
	}
}
