package io.crossback.triage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The polarity of a customer message. Travels as a lower-case snake-case word. */
public enum Sentiment {

	NEGATIVE, NEUTRAL, POSITIVE;

	@JsonValue
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Sentiment> parse(String wire) {
		return Arrays.stream(values()).filter(v -> v.wire().equals(wire)).findFirst();
	}

	public static List<String> allowed() {
		return Arrays.stream(values()).map(Sentiment::wire).toList();
	}
}
