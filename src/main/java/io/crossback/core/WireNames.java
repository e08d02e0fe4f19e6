package io.crossback.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wire words of each {@link WireValue} enum, worked out once per enum class: {@code wire()}, {@code parse} and
 * {@code allowed} run for every enum value a request or response carries.
 */
final class WireNames {

	/** The default wire word of each constant, by ordinal. */
	static final ClassValue<String[]> DEFAULT_WORDS = new ClassValue<>() {
		@Override
		protected String[] computeValue(Class<?> type) {
			Object[] constants = type.getEnumConstants();
			String[] words = new String[constants.length];
			for (int i = 0; i < constants.length; i++) {
				words[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
			}
			return words;
		}
	};

	/** Each constant by its wire word (its own {@code wire()}, which some enums override). */
	static final ClassValue<Map<String, Object>> BY_WORD = new ClassValue<>() {
		@Override
		protected Map<String, Object> computeValue(Class<?> type) {
			Map<String, Object> byWord = new HashMap<>();
			for (Object constant : type.getEnumConstants()) {
				byWord.put(((WireValue) constant).wire(), constant);
			}
			return Map.copyOf(byWord);
		}
	};

	/** The wire words of the constants, in declaration order. */
	static final ClassValue<List<String>> WORDS = new ClassValue<>() {
		@Override
		protected List<String> computeValue(Class<?> type) {
			return Arrays.stream(type.getEnumConstants()).map(c -> ((WireValue) c).wire()).toList();
		}
	};

	private WireNames() {
	}
}
