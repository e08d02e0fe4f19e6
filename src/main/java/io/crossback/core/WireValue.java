package io.crossback.core;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Enums that travel over the API as lower-case snake-case words. */
public interface WireValue {

	String name();

	/** The enum constant's name in lower case (looked up, not lower-cased on each call). */
	default String wire() {
		Enum<?> constant = (Enum<?>) this;
		return WireNames.DEFAULT_WORDS.get(constant.getDeclaringClass())[constant.ordinal()];
	}

	static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, @Nullable String wire) {
		return wire == null ? Optional.empty() : Optional.ofNullable(type.cast(WireNames.BY_WORD.get(type).get(wire)));
	}

	static <E extends Enum<E> & WireValue> List<String> allowed(Class<E> type) {
		return WireNames.WORDS.get(type);
	}
}
