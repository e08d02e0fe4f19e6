package io.crossback.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multilingual keyword lists (damage words, deadlines, threats, safety hazards, emotion words), read from
 * {@code triage/lexicon.tsv}. A term matches a whole word or phrase of the {@linkplain TextFeatures#normalise
 * normalised} text, or a word's start if it ends in {@code *}, or anywhere if it starts with {@code *} (for
 * languages that glue prefixes onto words, such as Hebrew and Arabic); in Thai, Japanese, Chinese and Korean it
 * matches anywhere. Terms listed under language {@code *} apply to every language.
 */
final class Lexicon {

	/** What a term signals. */
	enum Kind {
		DAMAGE, OCCASION, DEADLINE, MONEY_WORRY, CHARGEBACK, LEGAL, REGULATOR, PRESS, SAFETY, ANGER, REPEAT, GRATITUDE,
		SATISFACTION, CONFUSION, DISAPPOINTMENT, ANXIETY,
		/** category cues: stems that point to a category (damage has its own kind above) */
		ORDER_STATUS, RETURN, REFUND, WRONG_ITEM, SIZE_FIT, WARRANTY, CANCEL, PAYMENT,
		/** common support words of a language, to break ties between similar languages in very short text */
		VOCAB
	}

	/** Languages that do not separate words (th, ja, zh) or glue endings onto them (ko): match anywhere. */
	private static final Set<String> UNSPACED = Set.of("th", "ja", "zh", "ko");

	private final Map<Kind, Map<String, List<Term>>> terms;

	private Lexicon(Map<Kind, Map<String, List<Term>>> terms) {
		this.terms = terms;
	}

	static Lexicon fromClasspath() {
		try (InputStream in = Lexicon.class.getResourceAsStream("/triage/lexicon.tsv")) {
			if (in == null) {
				throw new IllegalStateException("triage/lexicon.tsv is missing from the classpath");
			}
			return read(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Lexicon read(InputStream in) throws IOException {
		Map<Kind, Map<String, List<Term>>> terms = new EnumMap<>(Kind.class);
		var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\t");
			if (parts.length != 3) {
				throw new IOException("lexicon line " + number + ": expected kind, language, terms");
			}
			Kind kind = Kind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
			String language = parts[1];
			List<Term> list = terms.computeIfAbsent(kind, k -> new HashMap<>())
				.computeIfAbsent(language, l -> new ArrayList<>());
			for (String raw : parts[2].split("\\|")) {
				if (!raw.isBlank()) {
					list.add(Term.of(raw.strip(), UNSPACED.contains(language)));
				}
			}
		}
		return new Lexicon(terms);
	}

	/**
	 * The terms of a kind found in a normalised text, looking at the given language, English (customers mix it in)
	 * and the language-neutral list. Each term is reported once, as written in the lexicon.
	 */
	List<String> find(Kind kind, String language, String normalised) {
		Map<String, List<Term>> byLanguage = terms.getOrDefault(kind, Map.of());
		Set<String> found = new LinkedHashSet<>();
		collect(byLanguage.get(language), normalised, found);
		if (!"en".equals(language)) {
			collect(byLanguage.get("en"), normalised, found);
		}
		collect(byLanguage.get("*"), normalised, found);
		return List.copyOf(found);
	}

	/**
	 * The terms of every kind (but {@link Kind#VOCAB}) found in a normalised text, as {@link #find} reports them;
	 * kinds without a match are left out.
	 */
	Map<Kind, List<String>> findAll(String language, String normalised) {
		Map<Kind, List<String>> found = new EnumMap<>(Kind.class);
		for (Kind kind : terms.keySet()) {
			if (kind != Kind.VOCAB) {
				List<String> terms = find(kind, language, normalised);
				if (!terms.isEmpty()) {
					found.put(kind, terms);
				}
			}
		}
		return found;
	}

	/** How many distinct terms of a kind the language's own list (not English) finds in a normalised text. */
	int count(Kind kind, String language, String normalised) {
		Set<String> found = new LinkedHashSet<>();
		collect(terms.getOrDefault(kind, Map.of()).get(language), normalised, found);
		return found.size();
	}

	private static void collect(List<Term> list, String normalised, Set<String> found) {
		if (list == null) {
			return;
		}
		for (Term term : list) {
			if (term.matches(normalised)) {
				found.add(term.display());
			}
		}
	}

	/** One keyword, pre-normalised to the form it is searched for. */
	record Term(String display, String needle, boolean anywhere) {

		static Term of(String raw, boolean unspaced) {
			boolean anywhere = raw.startsWith("*") && raw.length() > 1;
			String rest = anywhere ? raw.substring(1) : raw;
			boolean prefix = rest.endsWith("*");
			String word = prefix ? rest.substring(0, rest.length() - 1) : rest;
			String normal = TextFeatures.normalise(word).strip();
			if (unspaced || anywhere) {
				return new Term(word, normal, true);
			}
			return new Term(word, " " + normal + (prefix ? "" : " "), false);
		}

		boolean matches(String normalised) {
			return normalised.contains(needle);
		}
	}
}
