package io.crossback.triage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An emotion a message shows, said or implied (a gift that arrived broken: disappointment; a deadline or money worry:
 * anxiety). Travels as a lower-case snake-case word.
 */
public enum Emotion {

	ANGER, FRUSTRATION, DISAPPOINTMENT, ANXIETY, CONFUSION, SATISFACTION, GRATITUDE;

	@JsonValue
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Emotion> parse(String wire) {
		return Arrays.stream(values()).filter(v -> v.wire().equals(wire)).findFirst();
	}

	public static List<String> allowed() {
		return Arrays.stream(values()).map(Emotion::wire).toList();
	}
}
