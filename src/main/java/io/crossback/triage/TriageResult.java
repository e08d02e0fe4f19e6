package io.crossback.triage;

import java.util.List;

/**
 * What triage found in one customer message. The JSON names are a public contract ({@code POST /api/v1/triage}).
 *
 * @param languageConfidence share of the language detector's confidence held by {@code language}, 0..1
 * @param sentimentScore -1 (negative) .. +1 (positive): P(positive) - P(negative)
 * @param reasons why, in words an agent understands
 */
public record TriageResult(String language, double languageConfidence, Category category, double categoryConfidence,
		Sentiment sentiment, double sentimentScore, List<EmotionScore> emotions, Urgency urgency, boolean escalate,
		List<String> reasons, ModelInfo model) {

	public TriageResult {
		emotions = List.copyOf(emotions);
		reasons = List.copyOf(reasons);
	}

	/** One emotion and how strongly the message shows it, 0..1. */
	public record EmotionScore(Emotion emotion, double score) {
	}

	/** The trained model set that produced a result. */
	public record ModelInfo(String name, String version) {
	}
}
