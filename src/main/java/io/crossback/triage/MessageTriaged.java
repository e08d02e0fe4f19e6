package io.crossback.triage;

import java.time.Instant;
import java.util.List;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;

/**
 * A customer's message on a case was triaged (the first message is the intake text). Routing and SLA react to it;
 * {@code escalate} or {@link Urgency#CRITICAL} means a human should look within minutes.
 */
public record MessageTriaged(TenantId tenantId, CaseId caseId, long messageId, Category category,
		String language, Sentiment sentiment, double sentimentScore, List<Emotion> emotions, Urgency urgency,
		boolean escalate, List<String> reasons, String modelVersion, Instant at) {

	public MessageTriaged {
		emotions = List.copyOf(emotions);
		reasons = List.copyOf(reasons);
	}
}
