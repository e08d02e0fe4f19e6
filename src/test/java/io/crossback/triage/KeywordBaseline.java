package io.crossback.triage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.crossback.triage.TrainingData.Example;

/**
 * The lexicon baseline the trained model is compared with: keywords per class picked from the training split (words
 * seen at least three times, 80% of them in one class); a text gets the class with most keyword hits, else the most
 * frequent class.
 */
final class KeywordBaseline {

	private final Map<String, String> keywords;

	private final String fallback;

	private KeywordBaseline(Map<String, String> keywords, String fallback) {
		this.keywords = keywords;
		this.fallback = fallback;
	}

	static KeywordBaseline train(List<String> classes, List<Example> examples) {
		Map<String, int[]> counts = new HashMap<>();
		int[] classCounts = new int[classes.size()];
		for (Example e : examples) {
			int c = classes.indexOf(e.label());
			classCounts[c]++;
			for (String word : words(e.text())) {
				counts.computeIfAbsent(word, w -> new int[classes.size()])[c]++;
			}
		}
		Map<String, String> keywords = new HashMap<>();
		counts.forEach((word, perClass) -> {
			int sum = 0;
			int best = 0;
			for (int c = 0; c < perClass.length; c++) {
				sum += perClass[c];
				if (perClass[c] > perClass[best]) {
					best = c;
				}
			}
			if (sum >= 3 && perClass[best] >= 0.8 * sum) {
				keywords.put(word, classes.get(best));
			}
		});
		int most = 0;
		for (int c = 1; c < classCounts.length; c++) {
			if (classCounts[c] > classCounts[most]) {
				most = c;
			}
		}
		return new KeywordBaseline(keywords, classes.get(most));
	}

	String predict(String text) {
		Map<String, Integer> votes = new HashMap<>();
		for (String word : words(text)) {
			String c = keywords.get(word);
			if (c != null) {
				votes.merge(c, 1, Integer::sum);
			}
		}
		return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback);
	}

	private static List<String> words(String text) {
		String normal = TextFeatures.normalise(text).strip();
		return normal.isEmpty() ? List.of() : List.of(normal.split(" "));
	}
}
