package io.crossback.routing;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.crossback.routing.PrioritySignals.Emotion;
import io.crossback.routing.PrioritySignals.SlaRisk;
import io.crossback.routing.PrioritySignals.SlaState;
import io.crossback.routing.PrioritySignals.Urgency;
import io.crossback.sla.EscalationAction;
import io.crossback.sla.SlaAtRisk;
import io.crossback.sla.SlaBreached;
import io.crossback.triage.MessageTriaged;

/**
 * Feeds what the SLA clocks and triage learn about a case into its priority, inside the transaction that learned it (the
 * SLA timer's, triage's): an at-risk or breached clock raises the case and, when the SLA policy asks to reassign, moves
 * it away from an owner who is not online; triage's urgency and the customer's mood raise or lower it.
 */
@Component("routing.signals")
class Signals {

	private final Dispatch dispatch;

	Signals(Dispatch dispatch) {
		this.dispatch = dispatch;
	}

	@EventListener
	void on(SlaAtRisk event) {
		SlaRisk risk = new SlaRisk(event.metric().wire(), SlaState.AT_RISK);
		dispatch.signal(event.tenantId(), event.caseId(), signals -> signals.withSlaRisk(risk),
				event.actions().contains(EscalationAction.REASSIGN), "sla " + risk.clock() + " at risk");
	}

	@EventListener
	void on(SlaBreached event) {
		SlaRisk risk = new SlaRisk(event.metric().wire(), SlaState.BREACHED);
		dispatch.signal(event.tenantId(), event.caseId(), signals -> signals.withSlaRisk(risk),
				event.actions().contains(EscalationAction.REASSIGN), "sla " + risk.clock() + " breached");
	}

	@EventListener
	void on(MessageTriaged event) {
		Urgency urgency = event.escalate() ? Urgency.CRITICAL : urgency(event.urgency());
		Emotion emotion = mood(event.emotions());
		dispatch.signal(event.tenantId(), event.caseId(), signals -> signals.withUrgency(urgency).withEmotion(emotion),
				false, "triage");
		if (event.escalate() || event.urgency() == io.crossback.triage.Urgency.CRITICAL) {
			dispatch.escalate(event.tenantId(), event.caseId(), event.reasons());
		}
	}

	static Urgency urgency(io.crossback.triage.Urgency triaged) {
		return switch (triaged) {
			case LOW -> Urgency.LOW;
			case NORMAL -> Urgency.NORMAL;
			case HIGH -> Urgency.HIGH;
			case CRITICAL -> Urgency.CRITICAL;
		};
	}

	/** The mood that weighs most: anger, then anxiety, then frustration or disappointment; otherwise calm. */
	static Emotion mood(List<io.crossback.triage.Emotion> emotions) {
		if (emotions.contains(io.crossback.triage.Emotion.ANGER)) {
			return Emotion.ANGRY;
		}
		if (emotions.contains(io.crossback.triage.Emotion.ANXIETY)) {
			return Emotion.ANXIOUS;
		}
		if (emotions.contains(io.crossback.triage.Emotion.FRUSTRATION)) {
			return Emotion.FRUSTRATED;
		}
		if (emotions.contains(io.crossback.triage.Emotion.DISAPPOINTMENT)) {
			return Emotion.DISAPPOINTED;
		}
		return Emotion.CALM;
	}
}
