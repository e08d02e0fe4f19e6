package io.crossback.triage;

import static com.github.pemistahl.lingua.api.Language.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Detects the language of a customer message with Lingua, restricted to the 29 supported languages (fewer
 * candidates: less memory, fewer confusions). Short texts go to Lingua's high-accuracy mode (n-grams of 1 to 5);
 * longer ones to its low-accuracy mode (trigrams) over their first {@value #WINDOW} characters, which is as accurate
 * there and several times faster. When the best languages are nearly tied, the customer's language hint, then the
 * market's languages, then common support words break the tie; a clear signal is never overridden.
 */
final class LanguageDetection {

	/** The supported languages, ISO 639-1 code to Lingua language. */
	static final Map<String, Language> SUPPORTED;

	static {
		Map<String, Language> map = new LinkedHashMap<>();
		for (Language l : List.of(ARABIC, BENGALI, CZECH, GERMAN, GREEK, ENGLISH, SPANISH, PERSIAN, FRENCH, HEBREW,
				HINDI, INDONESIAN, ITALIAN, JAPANESE, KOREAN, MALAY, DUTCH, POLISH, PORTUGUESE, ROMANIAN, RUSSIAN,
				SWEDISH, THAI, TAGALOG, TURKISH, UKRAINIAN, URDU, VIETNAMESE, CHINESE)) {
			map.put(code(l), l);
		}
		SUPPORTED = Collections.unmodifiableMap(map);
	}

	/** Texts with at most this many characters use the high-accuracy detector. */
	static final int SHORT_TEXT = 120;

	/** Longer texts are judged on their first characters only. */
	static final int WINDOW = 200;

	/** A language whose Lingua value is at least this share of the best one's is tied with it. */
	static final double TIE = 0.95;

	/** Turns Lingua's relative values into a distribution: p ~ value^SHARPNESS. */
	private static final double SHARPNESS = 20;

	/** Languages spoken by most customers of a market, for tie-breaking only. */
	private static final Map<String, List<String>> MARKET_LANGUAGES = Map.ofEntries(
			Map.entry("AE", List.of("ar", "en")), Map.entry("SA", List.of("ar")), Map.entry("EG", List.of("ar")),
			Map.entry("BD", List.of("bn")), Map.entry("CZ", List.of("cs")), Map.entry("DE", List.of("de")),
			Map.entry("AT", List.of("de")), Map.entry("CH", List.of("de", "fr", "it")), Map.entry("GR", List.of("el")),
			Map.entry("CY", List.of("el", "tr")), Map.entry("GB", List.of("en")), Map.entry("US", List.of("en", "es")),
			Map.entry("IE", List.of("en")), Map.entry("AU", List.of("en")), Map.entry("ES", List.of("es")),
			Map.entry("MX", List.of("es")), Map.entry("IR", List.of("fa")), Map.entry("FR", List.of("fr")),
			Map.entry("BE", List.of("nl", "fr")), Map.entry("IL", List.of("he")), Map.entry("IN", List.of("hi", "en")),
			Map.entry("ID", List.of("id")), Map.entry("IT", List.of("it")), Map.entry("JP", List.of("ja")),
			Map.entry("KR", List.of("ko")), Map.entry("MY", List.of("ms", "en")), Map.entry("NL", List.of("nl")),
			Map.entry("PL", List.of("pl")), Map.entry("PT", List.of("pt")), Map.entry("BR", List.of("pt")),
			Map.entry("RO", List.of("ro")), Map.entry("MD", List.of("ro")), Map.entry("RU", List.of("ru")),
			Map.entry("SE", List.of("sv")), Map.entry("TH", List.of("th")), Map.entry("PH", List.of("tl", "en")),
			Map.entry("TR", List.of("tr")), Map.entry("UA", List.of("uk")), Map.entry("PK", List.of("ur", "en")),
			Map.entry("VN", List.of("vi")), Map.entry("CN", List.of("zh")), Map.entry("TW", List.of("zh")),
			Map.entry("HK", List.of("zh")), Map.entry("SG", List.of("en", "zh", "ms")));

	private final LanguageDetector precise;

	private final LanguageDetector fast;

	private final Lexicon lexicon;

	LanguageDetection(Lexicon lexicon, boolean preload) {
		this.lexicon = lexicon;
		Language[] languages = SUPPORTED.values().toArray(Language[]::new);
		var precise = LanguageDetectorBuilder.fromLanguages(languages);
		var fast = LanguageDetectorBuilder.fromLanguages(languages).withLowAccuracyMode();
		if (preload) {
			precise.withPreloadedLanguageModels();
			fast.withPreloadedLanguageModels();
		}
		this.precise = precise.build();
		this.fast = fast.build();
	}

	static String code(Language language) {
		return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The most likely supported language. {@code hintLanguage} (ISO 639-1) and {@code market} (ISO 3166 alpha-2)
	 * only decide between nearly tied candidates.
	 */
	Detected detect(String text, @Nullable String hintLanguage, @Nullable String market) {
		String sample = window(text);
		boolean isShort = sample.codePointCount(0, sample.length()) <= SHORT_TEXT;
		Map<Language, Double> values = (isShort ? precise : fast).computeLanguageConfidenceValues(sample);
		if (values.isEmpty()) {
			String fallback = hintLanguage != null && SUPPORTED.containsKey(hintLanguage) ? hintLanguage : "en";
			return new Detected(fallback, 0.0, Tiebreak.NO_SIGNAL, List.of());
		}
		List<String> codes = new ArrayList<>(values.size());
		double[] raw = new double[values.size()];
		int i = 0;
		for (var entry : values.entrySet()) {
			codes.add(code(entry.getKey()));
			raw[i++] = entry.getValue();
		}
		double best = raw[0];
		List<String> tied = new ArrayList<>();
		for (int k = 0; k < raw.length && raw[k] >= best * TIE; k++) {
			tied.add(codes.get(k));
		}
		String chosen = codes.get(0);
		Tiebreak tiebreak = Tiebreak.NONE;
		if (tied.size() > 1) {
			List<String> marketLanguages = market == null ? List.of()
					: MARKET_LANGUAGES.getOrDefault(market.toUpperCase(Locale.ROOT), List.of());
			String vocabulary = byVocabulary(tied, sample);
			if (hintLanguage != null && tied.contains(hintLanguage)) {
				chosen = hintLanguage;
				tiebreak = Tiebreak.CUSTOMER_LANGUAGE;
			}
			else if (marketLanguages.stream().anyMatch(tied::contains)) {
				chosen = marketLanguages.stream().filter(tied::contains).findFirst().orElseThrow();
				tiebreak = Tiebreak.MARKET;
			}
			else if (vocabulary != null) {
				chosen = vocabulary;
				tiebreak = Tiebreak.VOCABULARY;
			}
		}
		double sum = 0;
		double chosenWeight = 0;
		for (int k = 0; k < raw.length; k++) {
			double w = Math.pow(raw[k] / best, SHARPNESS);
			sum += w;
			if (codes.get(k).equals(chosen)) {
				chosenWeight = w;
			}
		}
		return new Detected(chosen, chosenWeight / sum, tiebreak, List.copyOf(tied));
	}

	private @Nullable String byVocabulary(List<String> tied, String sample) {
		String normalised = TextFeatures.normalise(sample);
		String best = null;
		int bestCount = 0;
		for (String language : tied) {
			int count = lexicon.count(Lexicon.Kind.VOCAB, language, normalised);
			if (count > bestCount) {
				best = language;
				bestCount = count;
			}
			else if (count == bestCount && count > 0) {
				best = null; // still tied: keep Lingua's order
			}
		}
		return best;
	}

	static String window(String text) {
		String trimmed = text.strip();
		if (trimmed.length() <= WINDOW) {
			return trimmed;
		}
		int cut = trimmed.lastIndexOf(' ', WINDOW);
		return trimmed.substring(0, cut > WINDOW / 2 ? cut : WINDOW);
	}

	/** How a near tie between languages was decided. */
	enum Tiebreak {
		NONE, CUSTOMER_LANGUAGE, MARKET, VOCABULARY, NO_SIGNAL
	}

	/** The chosen language, its share of the detector's confidence and the nearly tied candidates. */
	record Detected(String language, double confidence, Tiebreak tiebreak, List<String> tied) {
	}

	static Set<String> supportedCodes() {
		return SUPPORTED.keySet();
	}
}
