package io.crossback.triage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.crossback.triage.TrainingData.Example;
import io.crossback.triage.TrainingData.Split;

/**
 * Rebuilds the shipped triage models from the training data with a fixed seed and prints the evaluation on the
 * held-out split. Run it with {@code bench/triage/train} (arguments: project root, shared data folder).
 */
public final class TrainTriageModels {

	static final long SEED = 20261126L;

	static final int BITS = 18;

	static final List<String> CATEGORIES = List.of("where_is_my_order", "return_request", "refund",
			"damaged_defective", "wrong_item", "size_fit", "warranty_repair", "cancellation", "payment_billing", "other");

	static final List<String> SENTIMENTS = List.of("negative", "neutral", "positive");

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		Path shared = Path.of(args.length > 1 ? args[1] : "../shared/data/triage").toAbsolutePath().normalize();
		if (!Files.isRegularFile(shared.resolve("intents-train.jsonl"))) {
			throw new IllegalArgumentException("shared triage data not found at " + shared);
		}
		StringBuilder report = new StringBuilder();
		var data = new TrainingData(SEED, root.resolve("bench/triage/corpus"), shared);
		var features = new TextFeatures(BITS);
		Lexicon lexicon = Lexicon.fromClasspath();
		Function<Example, int[]> featurize = e -> features(features, lexicon, e);

		Split categories = data.categories();
		long started = System.nanoTime();
		LinearModel category = new SoftmaxTrainer(features, featurize, 25, 1.0, SEED).train(CATEGORIES, categories.train());
		report.append(String.format(Locale.ROOT, "## Category (trained on %d examples in %.1f s, held out %d)%n%n",
				categories.train().size(), (System.nanoTime() - started) / 1e9, categories.heldOut().size()));
		KeywordBaseline baseline = KeywordBaseline.train(CATEGORIES, categories.train());
		Evaluation modelAll = Evaluation.of(CATEGORIES, categories.heldOut(), e -> predict(category, lexicon, e), Example::language);
		Evaluation combinedAll = Evaluation.of(CATEGORIES, categories.heldOut(), e -> predictWithLexicon(category, lexicon, e),
				Example::language);
		Evaluation baselineAll = Evaluation.of(CATEGORIES, categories.heldOut(), e -> baseline.predict(e.text()),
				Example::language);
		List<Example> english = categories.heldOut().stream().filter(e -> e.language().equals("en")).toList();
		List<Example> others = categories.heldOut().stream().filter(e -> !e.language().equals("en")).toList();
		Evaluation modelEnglish = Evaluation.of(CATEGORIES, english, e -> predict(category, lexicon, e), Example::group);
		Evaluation baselineEnglish = Evaluation.of(CATEGORIES, english, e -> baseline.predict(e.text()), Example::group);
		Evaluation combinedEnglish = Evaluation.of(CATEGORIES, english, e -> predictWithLexicon(category, lexicon, e),
				Example::group);
		Evaluation combinedOthers = Evaluation.of(CATEGORIES, others, e -> predictWithLexicon(category, lexicon, e),
				Example::language);
		Evaluation modelOthers = Evaluation.of(CATEGORIES, others, e -> predict(category, lexicon, e), Example::language);
		Evaluation baselineOthers = Evaluation.of(CATEGORIES, others, e -> baseline.predict(e.text()), Example::language);
		report.append("| model | all: accuracy | all: macro F1 | English: accuracy | English: macro F1 | other languages: accuracy | worst language |\n");
		report.append("|---|---|---|---|---|---|---|\n");
		report.append(row("keyword lexicon baseline", baselineAll, baselineEnglish, baselineOthers));
		report.append(row("linear model, hashed char 1-5-grams + words + lexicon cues", modelAll, modelEnglish, modelOthers));
		report.append(row("linear model + damage-word rule (shipped)", combinedAll, combinedEnglish, combinedOthers));
		report.append("\nEnglish held-out by source (shipped):\n\n").append(combinedEnglish.groupTable("source"));
		report.append("\nPer language (shipped):\n\n").append(combinedAll.groupTable("language"));
		report.append("\nPer category (shipped):\n\n").append(combinedAll.perClassTable());
		report.append("\nConfusion matrix (shipped, all held-out):\n\n").append(combinedAll.confusionTable());

		Split sentiments = data.sentiments();
		started = System.nanoTime();
		LinearModel sentiment = new SoftmaxTrainer(features, featurize, 8, 1.0, SEED).train(SENTIMENTS, sentiments.train());
		report.append(String.format(Locale.ROOT, "%n## Sentiment (trained on %d examples in %.1f s, held out %d, public test %d)%n%n",
				sentiments.train().size(), (System.nanoTime() - started) / 1e9, sentiments.heldOut().size(),
				sentiments.publicTest().size()));
		KeywordBaseline sentimentBaseline = KeywordBaseline.train(SENTIMENTS, sentiments.train());
		SentimentPredictors predictors = new SentimentPredictors(sentimentBaseline, sentiment, lexicon);
		report.append("Shipped = the model's score moved by the lexicon rules of MessageTriage (anger, disappointment, ")
			.append("safety, damage, satisfaction words), as every triage response does.\n\n");
		report.append("| data | baseline macro F1 | model accuracy | model macro F1 | shipped accuracy | shipped macro F1 | n |\n")
			.append("|---|---|---|---|---|---|---|\n");
		List<Example> target = sentiments.heldOut().stream().filter(e -> REVIEWS_AND_SUPPORT.contains(e.group())).toList();
		sentimentRows(report, "**target: product reviews + support text** (PRDECT-ID, NSMC, crossback-support)", target,
				predictors);
		sentimentRows(report, "held-out (all in-domain sources)", sentiments.heldOut(), predictors);
		for (String group : sentiments.heldOut().stream().map(Example::group).distinct().sorted().toList()) {
			sentimentRows(report, "held-out " + group,
					sentiments.heldOut().stream().filter(e -> e.group().equals(group)).toList(), predictors);
		}
		sentimentRows(report, "public test splits (never trained on)", sentiments.publicTest(), predictors);
		for (String group : sentiments.publicTest().stream().map(Example::group).distinct().sorted().toList()) {
			sentimentRows(report, group,
					sentiments.publicTest().stream().filter(e -> e.group().equals(group)).toList(), predictors);
		}
		report.append("\nSentiment of support text per language (held-out crossback-support, shipped):\n\n")
			.append("| language | accuracy | macro F1 | n |\n|---|---|---|---|\n");
		List<Example> support = sentiments.heldOut().stream().filter(e -> e.group().equals("crossback-support")).toList();
		for (String language : support.stream().map(Example::language).distinct().sorted().toList()) {
			Evaluation e = Evaluation.of(SENTIMENTS, support.stream().filter(x -> x.language().equals(language)).toList(),
					predictors::shipped, Example::group);
			report.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d |%n", language, e.accuracy(), e.macroF1(),
					e.total()));
		}
		Evaluation sentimentTarget = Evaluation.of(SENTIMENTS, target, predictors::shipped, Example::language);
		report.append("\nSentiment confusion (shipped, target held-out):\n\n").append(sentimentTarget.confusionTable());

		Path modelDir = root.resolve("src/main/resources/triage/model");
		Files.createDirectories(modelDir);
		byte[] categoryBytes = bytes(category);
		byte[] sentimentBytes = bytes(sentiment);
		Files.write(modelDir.resolve("category.bin"), categoryBytes);
		Files.write(modelDir.resolve("sentiment.bin"), sentimentBytes);
		String version = "2.0-" + sha256(categoryBytes, sentimentBytes).substring(0, 10);
		Files.writeString(modelDir.resolve("model.properties"), """
				# Written by bench/triage/train (TrainTriageModels); do not edit by hand.
				name=crossback-triage-linear
				version=%s
				seed=%d
				featureLayout=%s
				featureBits=%d
				""".formatted(version, SEED, TextFeatures.LAYOUT, BITS), StandardCharsets.UTF_8);
		report.insert(0, "# Triage model evaluation, version " + version + " (seed " + SEED + ")\n\n");
		Path out = root.resolve("target/triage-evaluation.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
		System.out.println(report);
		System.out.println("models written to " + modelDir + ", report to " + out);
	}

	private static String row(String name, Evaluation all, Evaluation english, Evaluation others) {
		var worst = others.groups().entrySet().stream()
			.min((a, b) -> Double.compare((double) a.getValue()[0] / a.getValue()[1],
					(double) b.getValue()[0] / b.getValue()[1]))
			.map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), (double) e.getValue()[0] / e.getValue()[1]))
			.orElse("-");
		return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %s |%n", name, all.accuracy(),
				all.macroF1(), english.accuracy(), english.macroF1(), others.accuracy(), worst);
	}

	/** Sources the sentiment target is measured on: product reviews and customer-support text. */
	static final java.util.Set<String> REVIEWS_AND_SUPPORT = java.util.Set.of("PRDECT-ID", "nsmc", "crossback-support");

	/** The keyword baseline, the sentiment model alone, and the model with MessageTriage's lexicon rules. */
	record SentimentPredictors(KeywordBaseline baseline, LinearModel model, Lexicon lexicon) {

		String shipped(Example example) {
			String normalised = TextFeatures.normalise(example.text());
			var signals = new MessageTriage.Signals(lexicon.findAll(example.language(), normalised), example.text());
			double[] p = model.probabilities(model.features().indices(normalised, signals.kinds()));
			return MessageTriage.polarity(p[model.classes().indexOf("positive")], p[model.classes().indexOf("neutral")],
					p[model.classes().indexOf("negative")], signals).sentiment().wire();
		}
	}

	private static void sentimentRows(StringBuilder report, String name, List<Example> examples,
			SentimentPredictors predictors) {
		Evaluation b = Evaluation.of(SENTIMENTS, examples, e -> predictors.baseline().predict(e.text()), Example::group);
		Evaluation m = Evaluation.of(SENTIMENTS, examples, e -> predict(predictors.model(), predictors.lexicon(), e), Example::group);
		Evaluation s = Evaluation.of(SENTIMENTS, examples, predictors::shipped, Example::group);
		report.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %d |%n", name, b.macroF1(),
				m.accuracy(), m.macroF1(), s.accuracy(), s.macroF1(), m.total()));
	}

	/** The model's category, overruled by damage words when unsure, as {@link MessageTriage} does. */
	static String predictWithLexicon(LinearModel model, Lexicon lexicon, Example example) {
		String normalised = TextFeatures.normalise(example.text());
		double[] p = model.probabilities(features(model.features(), lexicon, example));
		int best = 0;
		for (int i = 1; i < p.length; i++) {
			if (p[i] > p[best]) {
				best = i;
			}
		}
		Category category = Category.parse(model.classes().get(best)).orElseThrow();
		boolean damage = !lexicon.find(Lexicon.Kind.DAMAGE, example.language(), normalised).isEmpty();
		return MessageTriage.overruledByDamageWords(category, p[best], damage) ? Category.DAMAGED_DEFECTIVE.wire()
				: category.wire();
	}

	/** The features of an example as the runtime builds them: text n-grams plus the lexicon kinds found. */
	static int[] features(TextFeatures features, Lexicon lexicon, Example example) {
		String normalised = TextFeatures.normalise(example.text());
		return features.indices(normalised, lexicon.findAll(example.language(), normalised).keySet());
	}

	static String predict(LinearModel model, Lexicon lexicon, Example example) {
		double[] p = model.probabilities(features(model.features(), lexicon, example));
		int best = 0;
		for (int i = 1; i < p.length; i++) {
			if (p[i] > p[best]) {
				best = i;
			}
		}
		return model.classes().get(best);
	}

	private static byte[] bytes(LinearModel model) throws IOException {
		var out = new ByteArrayOutputStream();
		model.write(out);
		return out.toByteArray();
	}

	private static String sha256(byte[]... parts) throws NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (byte[] part : parts) {
			digest.update(part);
		}
		return HexFormat.of().formatHex(digest.digest());
	}
}
