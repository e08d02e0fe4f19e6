package io.crossback.triage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Measures language detection on the project's 1,750 support sentences in 29 languages (Lingua is not trained on
 * them) and on two-word snippets cut from them: Lingua alone in both modes, and the shipped {@link LanguageDetection}
 * (mode by length, tie-breaks) without hints. Run by {@code bench/triage/train}.
 */
public final class EvaluateLanguageDetection {

	private static final Set<String> UNSPACED = Set.of("th", "ja", "zh");

	record Sample(String language, String text) {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		List<Sample> sentences = new ArrayList<>();
		try (var files = Files.list(root.resolve("bench/triage/corpus/support"))) {
			for (Path file : files.sorted().toList()) {
				String language = file.getFileName().toString().replace(".tsv", "");
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String[] parts = line.split("\t");
					if (parts.length == 3) {
						sentences.add(new Sample(language, parts[2]));
					}
				}
			}
		}
		Random random = new Random(TrainTriageModels.SEED);
		List<Sample> snippets = new ArrayList<>();
		for (Sample s : sentences) {
			snippets.add(new Sample(s.language(), snippet(s, random)));
		}
		Language[] languages = LanguageDetection.SUPPORTED.values().toArray(Language[]::new);
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		LanguageDetector high = LanguageDetectorBuilder.fromLanguages(languages).withPreloadedLanguageModels().build();
		LanguageDetector low = LanguageDetectorBuilder.fromLanguages(languages).withLowAccuracyMode()
			.withPreloadedLanguageModels().build();
		var shipped = new LanguageDetection(Lexicon.fromClasspath(), false);
		System.gc();
		Thread.sleep(200);
		System.gc();
		long heap = runtime.totalMemory() - runtime.freeMemory() - before;

		StringBuilder report = new StringBuilder("# Language detection, 29 languages\n\n");
		report.append(String.format(Locale.ROOT,
				"%d sentences (bench/triage/corpus/support), %d two-word snippets (seeded random window; 4 characters for ja/zh, 8 for th). Heap after loading both Lingua modes for 29 languages: %.0f MB.%n%n",
				sentences.size(), snippets.size(), heap / 1e6));
		Map<String, Function<String, String>> detectors = new java.util.LinkedHashMap<>();
		detectors.put("Lingua high accuracy", t -> code(high.detectLanguageOf(t)));
		detectors.put("Lingua low accuracy", t -> code(low.detectLanguageOf(t)));
		detectors.put("shipped (mode by length + tie-breaks, no hints)", t -> shipped.detect(t, null, null).language());
		report.append("| detector | sentences | two-word snippets | worst language (snippets) | µs per sentence |\n|---|---|---|---|---|\n");
		Map<String, Map<String, double[]>> perLanguage = new TreeMap<>();
		for (var entry : detectors.entrySet()) {
			double[] sentenceScore = score(sentences, entry.getValue(), null);
			Map<String, double[]> byLanguage = new TreeMap<>();
			double[] snippetScore = score(snippets, entry.getValue(), byLanguage);
			perLanguage.put(entry.getKey(), byLanguage);
			var worst = byLanguage.entrySet().stream().min((a, b) -> Double.compare(a.getValue()[0] / a.getValue()[1],
					b.getValue()[0] / b.getValue()[1])).orElseThrow();
			long t0 = System.nanoTime();
			for (Sample s : sentences) {
				entry.getValue().apply(s.text());
			}
			double micros = (System.nanoTime() - t0) / 1e3 / sentences.size();
			report.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %s %.3f | %.0f |%n", entry.getKey(),
					sentenceScore[0] / sentenceScore[1], snippetScore[0] / snippetScore[1], worst.getKey(),
					worst.getValue()[0] / worst.getValue()[1], micros));
		}
		report.append("\nShipped detector, per language:\n\n| language | sentences | two-word snippets |\n|---|---|---|\n");
		Map<String, double[]> sentencesByLanguage = new TreeMap<>();
		score(sentences, t -> shipped.detect(t, null, null).language(), sentencesByLanguage);
		Map<String, double[]> snippetsByLanguage = perLanguage.get("shipped (mode by length + tie-breaks, no hints)");
		for (String language : sentencesByLanguage.keySet()) {
			double[] a = sentencesByLanguage.get(language);
			double[] b = snippetsByLanguage.get(language);
			report.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f |%n", language, a[0] / a[1], b[0] / b[1]));
		}
		report.append("\nSpot checks (no hints): ");
		for (String text : List.of("refund??", "wo ist mein paket", "where is my parcel", "paket nerede",
				"nasaan ang order ko", "mana paket saya")) {
			report.append('"').append(text).append("\" → ").append(shipped.detect(text, null, null).language()).append("; ");
		}
		report.append('\n');
		Path out = root.resolve("target/triage-language-evaluation.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
		System.out.println(report);
		System.exit(0); // Lingua keeps non-daemon worker threads
	}

	private static String code(Language language) {
		return language == Language.UNKNOWN ? "unknown" : LanguageDetection.code(language);
	}

	private static double[] score(List<Sample> samples, Function<String, String> detect, Map<String, double[]> byLanguage) {
		double[] total = new double[2];
		for (Sample s : samples) {
			boolean ok = s.language().equals(detect.apply(s.text()));
			total[1]++;
			if (ok) {
				total[0]++;
			}
			if (byLanguage != null) {
				double[] l = byLanguage.computeIfAbsent(s.language(), k -> new double[2]);
				l[1]++;
				if (ok) {
					l[0]++;
				}
			}
		}
		return total;
	}

	static String snippet(Sample sample, Random random) {
		String text = sample.text().replaceAll("[\\p{P}\\p{S}]", " ").strip();
		if (UNSPACED.contains(sample.language())) {
			String compact = text.replace(" ", "");
			int length = sample.language().equals("th") ? 8 : 4;
			if (compact.length() <= length) {
				return compact;
			}
			int start = random.nextInt(compact.length() - length);
			return compact.substring(start, start + length);
		}
		String[] words = text.split("\\s+");
		if (words.length <= 2) {
			return String.join(" ", words);
		}
		int start = random.nextInt(words.length - 1);
		return words[start] + " " + words[start + 1];
	}
}
