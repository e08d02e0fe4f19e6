package io.crossback.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Enums that travel over the API as lower-case snake-case words. */
public interface WireValue {

	String name();

	default String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String wire) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.wire().equals(wire)).findFirst();
	}

	static <E extends Enum<E> & WireValue> List<String> allowed(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(WireValue::wire).toList();
	}
}
