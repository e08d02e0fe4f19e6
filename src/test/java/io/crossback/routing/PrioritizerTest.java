package io.crossback.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.crossback.routing.PrioritySignals.Emotion;
import io.crossback.routing.PrioritySignals.SlaRisk;
import io.crossback.routing.PrioritySignals.SlaState;
import io.crossback.routing.PrioritySignals.Urgency;

class PrioritizerTest {

	static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	@ParameterizedTest(name = "vip={0} age={1}h urgency={2} emotion={3} sla={4} -> {5} {6}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# vip | hours | urgency  | emotion    | sla                  | level  | score | reasons
			false | 0     | -        | -          | -                    | NORMAL | 40    | -
			false | 3     | -        | -          | -                    | NORMAL | 46    | waiting 3h +6
			false | 48    | -        | -          | -                    | HIGH   | 60    | waiting 48h +20
			true  | 0     | -        | -          | -                    | HIGH   | 60    | vip green channel +50%
			false | 0     | LOW      | -          | -                    | LOW    | 25    | triage urgency low -15
			true  | 0     | LOW      | -          | -                    | HIGH   | 38    | vip green channel +50%;triage urgency low -15
			false | 0     | CRITICAL | ANGRY      | -                    | URGENT | 80    | triage urgency critical +30;customer angry +10
			false | 0     | -        | CALM       | -                    | NORMAL | 40    | -
			false | 0     | -        | -          | first_response:at_risk | HIGH | 60    | sla first_response at risk +20
			false | 1     | HIGH     | FRUSTRATED | resolution:breached  | URGENT | 97    | waiting 1h +2;triage urgency high +15;customer frustrated +5;sla resolution breached +35
			true  | 2     | -        | -          | first_response:at_risk | URGENT | 96  | vip green channel +50%;waiting 2h +4;sla first_response at risk +20
			true  | 10    | CRITICAL | ANGRY      | resolution:breached  | URGENT | 100   | vip green channel +50%;waiting 10h +20;triage urgency critical +30;customer angry +10;sla resolution breached +35
			""")
	void computesExplainablePriority(boolean vip, long hours, Urgency urgency, Emotion emotion, String sla,
			PriorityLevel level, int score, String reasons) {
		var signals = new PrioritySignals(vip, NOW.minus(Duration.ofHours(hours)), urgency, emotion,
				sla == null ? List.of() : List.of(new SlaRisk(sla.split(":")[0], SlaState.valueOf(sla.split(":")[1].toUpperCase()))));

		Priority priority = Prioritizer.assess(signals, NOW);

		assertThat(priority.level()).isEqualTo(level);
		assertThat(priority.score()).isEqualTo(score);
		assertThat(priority.reasons()).containsExactlyElementsOf(reasons == null ? List.of() : Arrays.asList(reasons.split(";")));
	}

	@Test
	void ageCountsOnlyFullHoursAndNeverGoesNegative() {
		assertThat(Prioritizer.assess(PrioritySignals.of(false, NOW.minusSeconds(3599)), NOW).score()).isEqualTo(40);
		assertThat(Prioritizer.assess(PrioritySignals.of(false, NOW.plusSeconds(60)), NOW).score()).isEqualTo(40);
	}

	@Test
	void aNewerSlaReportForTheSameClockReplacesTheOlder() {
		var signals = PrioritySignals.of(false, NOW)
			.withSlaRisk(new SlaRisk("first_response", SlaState.AT_RISK))
			.withSlaRisk(new SlaRisk("first_response", SlaState.BREACHED));

		assertThat(Prioritizer.assess(signals, NOW).reasons()).containsExactly("sla first_response breached +35");
	}
}
