package io.crossback.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.crossback.core.InvalidInput;
import io.crossback.triage.Lexicon.Kind;
import io.crossback.triage.TriageResult.EmotionScore;
import io.crossback.triage.TriageResult.ModelInfo;

/**
 * Triages a customer message: language (Lingua), category and sentiment (linear models trained by
 * {@code bench/triage/train}), emotions and escalation signals (multilingual lexicons plus rules for implicit
 * emotions). Thread-safe and in-process; models and lexicons come from the classpath.
 */
public class MessageTriage {

	/** Longest text accepted, in characters. */
	public static final int MAX_LENGTH = 10_000;

	private static final String MODEL_DIR = "/triage/model/";

	private final LanguageDetection languages;

	private final LinearModel categories;

	private final LinearModel sentiments;

	private final Lexicon lexicon;

	private final ModelInfo model;

	MessageTriage(LanguageDetection languages, LinearModel categories, LinearModel sentiments, Lexicon lexicon,
			ModelInfo model) {
		this.languages = languages;
		this.categories = categories;
		this.sentiments = sentiments;
		this.lexicon = lexicon;
		this.model = model;
	}

	/** Loads the shipped models and lexicon; {@code preloadLanguageModels} trades startup time for first-call time. */
	public static MessageTriage fromClasspath(boolean preloadLanguageModels) {
		Lexicon lexicon = Lexicon.fromClasspath();
		Properties info = new Properties();
		try (InputStream in = resource("model.properties")) {
			info.load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new MessageTriage(new LanguageDetection(lexicon, preloadLanguageModels), model("category.bin"),
				model("sentiment.bin"), lexicon,
				new ModelInfo(info.getProperty("name", "crossback-triage"), info.getProperty("version", "unknown")));
	}

	private static LinearModel model(String file) {
		try (InputStream in = resource(file)) {
			return LinearModel.read(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read triage model " + file, e);
		}
	}

	private static InputStream resource(String file) {
		InputStream in = MessageTriage.class.getResourceAsStream(MODEL_DIR + file);
		if (in == null) {
			throw new IllegalStateException(MODEL_DIR + file + " is missing: run bench/triage/train");
		}
		return in;
	}

	public ModelInfo model() {
		return model;
	}

	/**
	 * Triages one message. Hints are optional: the customer's language (ISO 639-1) and market (ISO 3166 alpha-2)
	 * break ties between similar languages.
	 *
	 * @throws InvalidInput for empty text, text over {@value #MAX_LENGTH} characters or binary content
	 */
	public TriageResult triage(@Nullable String text, @Nullable String customerLanguage, @Nullable String market) {
		validate(text);
		var detected = languages.detect(text, customerLanguage, market);
		String language = detected.language();
		String normalised = TextFeatures.normalise(text);
		Signals s = new Signals(lexicon.findAll(language, normalised), text);
		int[] indices = categories.features().indices(normalised, s.kinds());
		List<String> reasons = new ArrayList<>();

		double[] categoryP = categories.probabilities(indices);
		int bestCategory = argmax(categoryP);
		Category category = Category.parse(categories.classes().get(bestCategory)).orElse(Category.OTHER);
		double categoryConfidence = categoryP[bestCategory];

		double[] sentimentP = sentiments.features().bits() == categories.features().bits()
				? sentiments.probabilities(indices)
				: sentiments.probabilities(sentiments.features().indices(normalised, s.kinds()));
		double positive = sentimentP[sentiments.classes().indexOf("positive")];
		double negative = sentimentP[sentiments.classes().indexOf("negative")];

		if (overruledByDamageWords(category, categoryConfidence, !s.damage.isEmpty())) {
			category = Category.DAMAGED_DEFECTIVE;
			categoryConfidence = categoryP[categories.classes().indexOf(Category.DAMAGED_DEFECTIVE.wire())];
			reasons.add("category from damage words (the model was unsure)");
		}
		Polarity polarity = polarity(positive, sentimentP[sentiments.classes().indexOf("neutral")], negative, s);
		double score = polarity.score();
		Sentiment sentiment = polarity.sentiment();

		if (detected.tiebreak() == LanguageDetection.Tiebreak.CUSTOMER_LANGUAGE) {
			reasons.add("language close call, settled by the customer's language " + language);
		}
		else if (detected.tiebreak() == LanguageDetection.Tiebreak.MARKET) {
			reasons.add("language close call, settled by the market " + market);
		}
		add(reasons, "damage words", s.damage);
		add(reasons, "gift or occasion", s.occasion);
		add(reasons, "deadline mentioned", s.deadline);
		add(reasons, "money worry", s.moneyWorry);
		add(reasons, "chargeback threat", s.chargeback);
		add(reasons, "lawyer or court threat", s.legal);
		add(reasons, "regulator complaint threat", s.regulator);
		add(reasons, "press or social media threat", s.press);
		add(reasons, "safety hazard", s.safety);
		add(reasons, "repeated contact", s.repeat);
		add(reasons, "angry words", s.anger);
		if (sentiment != Sentiment.NEUTRAL) {
			reasons.add((Math.abs(score) >= 0.6 ? "strongly " : "") + sentiment.wire() + " sentiment");
		}

		List<EmotionScore> emotions = emotions(s, category, score);
		double anger = emotions.stream().filter(e -> e.emotion() == Emotion.ANGER).mapToDouble(EmotionScore::score)
			.findFirst().orElse(0);
		boolean threat = !(s.chargeback.isEmpty() && s.legal.isEmpty() && s.regulator.isEmpty() && s.press.isEmpty());
		boolean angryAgain = anger >= 0.6 && !s.repeat.isEmpty();
		boolean escalate = threat || !s.safety.isEmpty() || angryAgain;
		if (angryAgain) {
			reasons.add("strong anger after repeated contact");
		}
		Urgency urgency;
		if (!s.safety.isEmpty() || threat && anger >= 0.6) {
			urgency = Urgency.CRITICAL;
		}
		else if (escalate || !s.deadline.isEmpty() || !s.moneyWorry.isEmpty() || score <= -0.7
				|| anger >= 0.6) {
			urgency = Urgency.HIGH;
		}
		else if (sentiment == Sentiment.POSITIVE && (category == Category.OTHER || !s.gratitude.isEmpty())) {
			urgency = Urgency.LOW;
		}
		else {
			urgency = Urgency.NORMAL;
		}
		if (escalate) {
			reasons.add("escalate to a human");
		}
		return new TriageResult(language, round(detected.confidence()), category, round(categoryConfidence),
				sentiment, score, emotions, urgency, escalate, reasons, model);
	}

	/**
	 * The polarity of a message: the sentiment model's most likely class and its score P(positive) − P(negative),
	 * unless lexicon evidence moves the score past a threshold (≤ −0.25 negative, ≥ 0.25 positive): explicit anger,
	 * disappointment or a safety hazard is negative, damage words lean negative, satisfaction without complaint is
	 * positive.
	 */
	static Polarity polarity(double positive, double neutral, double negative, Signals s) {
		double score = positive - negative;
		double moved = score;
		if (!s.anger.isEmpty() || !s.disappointment.isEmpty() || !s.safety.isEmpty()) {
			moved = Math.min(moved, -0.5);
		}
		if (!s.damage.isEmpty() && moved > -0.3) {
			moved = Math.min(moved, -0.3);
		}
		if (!s.satisfaction.isEmpty() && negative < 0.5 && s.damage.isEmpty() && s.anger.isEmpty()) {
			moved = Math.max(moved, 0.4);
		}
		Sentiment sentiment;
		if (moved != score) {
			sentiment = moved <= -0.25 ? Sentiment.NEGATIVE : moved >= 0.25 ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
		}
		else {
			sentiment = positive >= neutral && positive >= negative ? Sentiment.POSITIVE
					: negative >= neutral ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
		}
		return new Polarity(sentiment, round(Math.max(-1, Math.min(1, moved))));
	}

	/** A sentiment and its score in [-1, 1]. */
	record Polarity(Sentiment sentiment, double score) {
	}

	/** Below this confidence, damage words turn an unrelated category into damaged_defective. */
	static final double DAMAGE_OVERRULES_BELOW = 0.6;

	/**
	 * Damage words beat an unsure model: a category that does not deal with damage (damaged_defective,
	 * warranty_repair, wrong_item, return_request and refund do) becomes damaged_defective.
	 */
	static boolean overruledByDamageWords(Category category, double confidence, boolean damageWords) {
		return damageWords && confidence < DAMAGE_OVERRULES_BELOW
				&& switch (category) {
					case DAMAGED_DEFECTIVE, WARRANTY_REPAIR, WRONG_ITEM, RETURN_REQUEST, REFUND -> false;
					default -> true;
				};
	}

	private static List<EmotionScore> emotions(Signals s, Category category, double score) {
		List<EmotionScore> out = new ArrayList<>();
		double negativity = Math.max(0, -score);
		if (!s.anger.isEmpty() || s.shouting) {
			double anger = 0.55 + 0.1 * Math.min(3, s.anger.size()) + (s.shouting ? 0.15 : 0) + 0.1 * negativity;
			out.add(new EmotionScore(Emotion.ANGER, round(Math.min(0.98, anger))));
		}
		boolean waiting = category == Category.WHERE_IS_MY_ORDER || category == Category.REFUND;
		if (!s.repeat.isEmpty() || waiting && negativity >= 0.4) {
			double frustration = (!s.repeat.isEmpty() ? 0.6 : 0.45) + 0.3 * negativity;
			out.add(new EmotionScore(Emotion.FRUSTRATION, round(Math.min(0.95, frustration))));
		}
		boolean letDown = category == Category.DAMAGED_DEFECTIVE || category == Category.WRONG_ITEM
				|| !s.damage.isEmpty();
		if (!s.disappointment.isEmpty() || letDown && !s.occasion.isEmpty() || letDown && negativity >= 0.3) {
			double disappointment = !s.disappointment.isEmpty() ? 0.75
					: !s.occasion.isEmpty() ? 0.7 : 0.4 + 0.3 * negativity;
			if (!s.occasion.isEmpty() && letDown) {
				disappointment += 0.1;
			}
			out.add(new EmotionScore(Emotion.DISAPPOINTMENT, round(Math.min(0.95, disappointment))));
		}
		if (!s.anxiety.isEmpty() || !s.deadline.isEmpty() || !s.moneyWorry.isEmpty()) {
			double anxiety = (!s.anxiety.isEmpty() ? 0.7 : 0.6) + (!s.deadline.isEmpty() ? 0.1 : 0)
					+ (!s.moneyWorry.isEmpty() ? 0.15 : 0);
			out.add(new EmotionScore(Emotion.ANXIETY, round(Math.min(0.95, anxiety))));
		}
		if (!s.confusion.isEmpty()) {
			out.add(new EmotionScore(Emotion.CONFUSION, 0.7));
		}
		if (!s.satisfaction.isEmpty() && score > 0) {
			out.add(new EmotionScore(Emotion.SATISFACTION, round(Math.min(0.95, 0.5 + 0.45 * score))));
		}
		if (!s.gratitude.isEmpty() && score > -0.25) {
			out.add(new EmotionScore(Emotion.GRATITUDE, round(Math.min(0.95, 0.55 + 0.4 * Math.max(0, score)))));
		}
		out.sort(Comparator.comparingDouble(EmotionScore::score).reversed());
		return out;
	}

	static void validate(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInput.of("text", "must not be empty");
		}
		if (text.length() > MAX_LENGTH) {
			throw InvalidInput.of("text", "must be at most " + MAX_LENGTH + " characters, was " + text.length());
		}
		int control = 0;
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0 || c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
				control++;
			}
			else if (Character.isLetter(c)) {
				letters++;
			}
		}
		if (control > 0) {
			throw InvalidInput.of("text", "looks binary: it holds " + control + " control or undecodable characters");
		}
		if (letters == 0) {
			throw InvalidInput.of("text", "holds no letters to triage");
		}
	}

	private static void add(List<String> reasons, String label, List<String> terms) {
		if (!terms.isEmpty()) {
			reasons.add(label + ": " + String.join(", ", terms.subList(0, Math.min(4, terms.size()))));
		}
	}

	private static int argmax(double[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] > values[best]) {
				best = i;
			}
		}
		return best;
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** The lexicon terms found in one message. */
	static final class Signals {

		final List<String> damage, occasion, deadline, moneyWorry, chargeback, legal, regulator, press, safety, anger,
				repeat, gratitude, satisfaction, confusion, disappointment, anxiety;

		final boolean shouting;

		private final Set<Kind> kinds;

		Signals(Map<Kind, List<String>> found, String text) {
			kinds = found.keySet();
			damage = found.getOrDefault(Kind.DAMAGE, List.of());
			occasion = found.getOrDefault(Kind.OCCASION, List.of());
			deadline = found.getOrDefault(Kind.DEADLINE, List.of());
			moneyWorry = found.getOrDefault(Kind.MONEY_WORRY, List.of());
			chargeback = found.getOrDefault(Kind.CHARGEBACK, List.of());
			legal = found.getOrDefault(Kind.LEGAL, List.of());
			regulator = found.getOrDefault(Kind.REGULATOR, List.of());
			press = found.getOrDefault(Kind.PRESS, List.of());
			safety = found.getOrDefault(Kind.SAFETY, List.of());
			anger = found.getOrDefault(Kind.ANGER, List.of());
			repeat = found.getOrDefault(Kind.REPEAT, List.of());
			gratitude = found.getOrDefault(Kind.GRATITUDE, List.of());
			satisfaction = found.getOrDefault(Kind.SATISFACTION, List.of());
			confusion = found.getOrDefault(Kind.CONFUSION, List.of());
			disappointment = found.getOrDefault(Kind.DISAPPOINTMENT, List.of());
			anxiety = found.getOrDefault(Kind.ANXIETY, List.of());
			shouting = shouting(text);
		}

		/** The lexicon kinds found: the cue features of the models. */
		Set<Kind> kinds() {
			return kinds;
		}

		/** Three or more exclamation marks, or mostly capitals in a text of some length. */
		private static boolean shouting(String text) {
			if (text.contains("!!!")) {
				return true;
			}
			int upper = 0;
			int letters = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isLetter(c)) {
					letters++;
					if (Character.isUpperCase(c)) {
						upper++;
					}
				}
			}
			return letters >= 20 && upper * 10 >= letters * 7;
		}
	}
}
