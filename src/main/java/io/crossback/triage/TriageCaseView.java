package io.crossback.triage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.crossback.cases.CaseId;
import io.crossback.cases.CaseViewContributor;
import io.crossback.core.TenantId;
import io.crossback.triage.TriageResult.EmotionScore;
import io.crossback.triage.TriageResults.Stored;

/**
 * Adds a {@code triage} section to a case: its category (an agent's latest correction wins over the model, and the
 * intake text over later messages), the latest language, emotions and urgency, whether any text asked for
 * escalation, and the sentiment of every triaged text in order.
 */
@Component
class TriageCaseView implements CaseViewContributor {

	private final TriageResults results;

	private final TriageFeedback feedback;

	TriageCaseView(TriageResults results, TriageFeedback feedback) {
		this.results = results;
		this.feedback = feedback;
	}

	/** The case's triage section. */
	record View(Category category, boolean categoryCorrected, String language, List<EmotionScore> emotions,
			Urgency urgency, boolean escalated, List<SentimentPoint> sentimentHistory, List<String> reasons,
			String modelVersion) {
	}

	/** The sentiment of one text on the case. */
	record SentimentPoint(String source, Sentiment sentiment, double score, Instant at) {
	}

	@Override
	public String key() {
		return "triage";
	}

	@Override
	public Optional<Object> contribute(TenantId tenantId, CaseId caseId) {
		List<Stored> all = results.ofCase(tenantId, caseId);
		if (all.isEmpty()) {
			return Optional.empty();
		}
		Stored first = all.get(0);
		Stored latest = all.get(all.size() - 1);
		Optional<Category> corrected = feedback.latestCategory(tenantId, caseId);
		return Optional.of(new View(corrected.orElse(first.result().category()), corrected.isPresent(),
				latest.result().language(), latest.result().emotions(), latest.result().urgency(),
				all.stream().anyMatch(s -> s.result().escalate()),
				all.stream().map(s -> new SentimentPoint(s.source(), s.result().sentiment(), s.result().sentimentScore(),
						s.postedAt())).toList(),
				latest.result().reasons(), latest.result().model().version()));
	}
}
