package io.crossback.triage;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns text into hashed features for the linear models: character n-grams (1 to 5) over the normalised text,
 * whole words and word pairs, and one cue feature per lexicon kind found in the text. The trainer and the runtime share this class, so a model only works with the feature
 * layout it was trained with ({@link #LAYOUT} is stored in every model file).
 */
final class TextFeatures {

	/** Character n-grams from 1 to this length. */
	static final int MAX_N = 5;

	/** Identifies this feature layout; bump when anything below changes. */
	static final String LAYOUT = "cng1-5+w1-2+cues/fnv1a/v2";

	private final int bits;

	private final int mask;

	TextFeatures(int bits) {
		if (bits < 10 || bits > 24) {
			throw new IllegalArgumentException("bits must be 10..24: " + bits);
		}
		this.bits = bits;
		this.mask = (1 << bits) - 1;
	}

	int bits() {
		return bits;
	}

	int dimensions() {
		return 1 << bits;
	}

	/**
	 * Lower case, NFKC, digits folded to {@code 0}, every run of non-letters a single space, with a space at both
	 * ends: {@code " wo ist mein paket "}.
	 */
	static String normalise(String text) {
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(nfkc.length() + 2).append(' ');
		boolean space = true;
		for (int i = 0; i < nfkc.length(); i++) {
			char c = nfkc.charAt(i);
			if (Character.isLetter(c) || isMark(c) || c == '\'' && !space) {
				out.append(c);
				space = false;
			}
			else if (Character.isDigit(c)) {
				out.append('0');
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		if (!space) {
			out.append(' ');
		}
		return out.toString();
	}

	private static boolean isMark(char c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	/** Each lexicon kind found adds its cue feature this many times, so that it weighs like a few words. */
	static final int CUE_REPEAT = 3;

	/**
	 * Feature indices of an already normalised text plus one cue feature per lexicon kind found in it (the same
	 * feature in every language: "refund words", "size words"…).
	 */
	int[] indices(String normalised, java.util.Collection<Lexicon.Kind> cues) {
		int[] text = indices(normalised);
		if (cues.isEmpty()) {
			return text;
		}
		int[] out = Arrays.copyOf(text, text.length + cues.size() * CUE_REPEAT);
		int at = text.length;
		for (Lexicon.Kind kind : cues) {
			String name = kind.name();
			int index = finish(hashRange(0x2545f491, name, 0, name.length()), 13) & mask;
			for (int r = 0; r < CUE_REPEAT; r++) {
				out[at++] = index;
			}
		}
		return out;
	}

	/** Feature indices of an already normalised text; an index may repeat (its weight then counts twice). */
	int[] indices(String normalised) {
		int length = normalised.length();
		int[] out = new int[Math.max(16, length * MAX_N)];
		int count = 0;
		for (int start = 0; start < length; start++) {
			int hash = 0x811c9dc5;
			for (int n = 1; n <= MAX_N && start + n <= length; n++) {
				hash = (hash ^ normalised.charAt(start + n - 1)) * 0x01000193;
				if (n > 1 || normalised.charAt(start) != ' ') {
					out[count++] = finish(hash, n) & mask;
				}
			}
		}
		// words and word pairs
		int previousStart = -1;
		int previousEnd = -1;
		int i = 1;
		while (i < length) {
			int end = normalised.indexOf(' ', i);
			if (end < 0) {
				break;
			}
			if (end > i) {
				int hash = hashRange(0x9747b28c, normalised, i, end);
				if (count + 2 > out.length) {
					out = Arrays.copyOf(out, out.length * 2);
				}
				out[count++] = finish(hash, 11) & mask;
				if (previousStart >= 0) {
					int pair = hashRange(hashRange(0x5bd1e995, normalised, previousStart, previousEnd), normalised, i, end);
					out[count++] = finish(pair, 12) & mask;
				}
				previousStart = i;
				previousEnd = end;
			}
			i = end + 1;
		}
		return Arrays.copyOf(out, count);
	}

	private static int hashRange(int seed, String s, int from, int to) {
		int hash = seed;
		for (int k = from; k < to; k++) {
			hash = (hash ^ s.charAt(k)) * 0x01000193;
		}
		return hash;
	}

	/** Mixes the n-gram order in and spreads the bits (murmur3 finaliser). */
	private static int finish(int hash, int kind) {
		int h = hash ^ (kind * 0x9e3779b9);
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		h ^= h >>> 16;
		return h;
	}
}
