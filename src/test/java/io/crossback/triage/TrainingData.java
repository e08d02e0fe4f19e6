package io.crossback.triage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the training text: the project's own support messages ({@code bench/triage/corpus}) and the shared public
 * datasets ({@code ../shared/data/triage}), and splits each into a training and a held-out part with a fixed seed.
 * Public benchmarks' test splits (sources whose name contains {@code test}) are only ever evaluated on.
 */
final class TrainingData {

	static final Map<String, String> CATEGORY_CODES = Map.of("W", "where_is_my_order", "R", "return_request", "F",
			"refund", "D", "damaged_defective", "X", "wrong_item", "S", "size_fit", "G", "warranty_repair", "C",
			"cancellation", "P", "payment_billing", "O", "other");

	static final Map<String, String> SENTIMENT_CODES = Map.of("-", "negative", "0", "neutral", "+", "positive");

	/** One labelled text. {@code group} names where it came from (for per-source tables). */
	record Example(String text, String language, String label, String group) {
	}

	/** Training and held-out examples of one task. */
	record Split(List<Example> train, List<Example> heldOut, List<Example> publicTest) {
	}

	/** A support message written by the project, before framing. */
	record SupportLine(String language, String category, String sentiment, String text) {
	}

	private final long seed;

	private final Path projectData;

	private final Path sharedData;

	private final Map<String, String[][]> frames = new TreeMap<>();

	final List<SupportLine> supportTrain = new ArrayList<>();

	final List<SupportLine> supportHeldOut = new ArrayList<>();

	TrainingData(long seed, Path projectData, Path sharedData) throws IOException {
		this.seed = seed;
		this.projectData = projectData;
		this.sharedData = sharedData;
		for (String line : Files.readAllLines(projectData.resolve("frames.tsv"), StandardCharsets.UTF_8)) {
			String[] parts = line.split("\t");
			if (parts.length == 3) {
				frames.put(parts[0], new String[][] { parts[1].split("\\|"), parts[2].split("\\|") });
			}
		}
		splitSupportLines();
	}

	/** Per language and category, one line in five (at least one) is held out, chosen by the seeded shuffle. */
	private void splitSupportLines() throws IOException {
		List<Path> files;
		try (var stream = Files.list(projectData.resolve("support"))) {
			files = stream.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
		}
		for (Path file : files) {
			String language = file.getFileName().toString().replace(".tsv", "");
			Map<String, List<SupportLine>> byCategory = new LinkedHashMap<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] parts = line.split("\t");
				if (parts.length != 3) {
					continue;
				}
				String category = CATEGORY_CODES.get(parts[0]);
				String sentiment = SENTIMENT_CODES.get(parts[1]);
				if (category == null || sentiment == null) {
					throw new IOException(file + ": bad line " + line);
				}
				byCategory.computeIfAbsent(category, c -> new ArrayList<>())
					.add(new SupportLine(language, category, sentiment, parts[2]));
			}
			for (var entry : byCategory.entrySet()) {
				List<SupportLine> lines = new ArrayList<>(entry.getValue());
				Collections.shuffle(lines, new Random(seed ^ (language + "/" + entry.getKey()).hashCode()));
				int heldOut = Math.max(1, Math.round(lines.size() / 5f));
				supportHeldOut.addAll(lines.subList(0, heldOut));
				supportTrain.addAll(lines.subList(heldOut, lines.size()));
			}
		}
	}

	/** The line itself plus {@code variants} copies with a greeting before and/or a sign-off after it. */
	List<String> framed(SupportLine line, int variants, Random random) {
		List<String> out = new ArrayList<>();
		out.add(line.text());
		String[][] f = frames.get(line.language());
		if (f == null) {
			return out;
		}
		for (int i = 0; i < variants; i++) {
			String opener = random.nextInt(3) == 0 ? "" : f[0][random.nextInt(f[0].length)];
			String closer = random.nextInt(2) == 0 ? "" : f[1][random.nextInt(f[1].length)];
			if (opener.isEmpty() && closer.isEmpty()) {
				closer = f[1][random.nextInt(f[1].length)];
			}
			out.add((opener + " " + line.text() + " " + closer).strip());
		}
		return out;
	}

	/**
	 * Category examples: the project's support lines in 29 languages, its category key words (training only) and the
	 * Bitext English intents.
	 */
	Split categories() throws IOException {
		Random random = new Random(seed);
		List<Example> train = new ArrayList<>();
		List<Example> heldOut = new ArrayList<>();
		for (SupportLine line : supportTrain) {
			for (String text : framed(line, 3, random)) {
				train.add(new Example(text, line.language(), line.category(), "crossback-support"));
			}
		}
		for (SupportLine line : supportHeldOut) {
			for (String text : framed(line, 1, random)) {
				heldOut.add(new Example(text, line.language(), line.category(), "crossback-support"));
			}
		}
		Path keywords = projectData.resolve("keywords.tsv");
		for (String line : Files.isRegularFile(keywords) ? Files.readAllLines(keywords, StandardCharsets.UTF_8)
				: List.<String>of()) {
			String[] parts = line.split("\t");
			if (line.startsWith("#") || parts.length != 3) {
				continue;
			}
			String category = CATEGORY_CODES.get(parts[1]);
			for (String keyword : parts[2].split("\\|")) {
				var asLine = new SupportLine(parts[0], category, "neutral", keyword);
				for (String text : framed(asLine, 1, random)) {
					train.add(new Example(text, parts[0], category, "crossback-keywords"));
				}
			}
		}
		Map<String, List<Example>> byIntent = new TreeMap<>();
		for (JsonNode row : jsonLines(sharedData.resolve("intents-train.jsonl"))) {
			String intent = row.path("intent").asString();
			byIntent.computeIfAbsent(intent, k -> new ArrayList<>())
				.add(new Example(row.path("text").asString(), "en", intent, "bitext"));
		}
		for (var entry : byIntent.entrySet()) {
			List<Example> rows = new ArrayList<>(entry.getValue());
			Collections.shuffle(rows, new Random(seed ^ entry.getKey().hashCode()));
			int cut = rows.size() / 5;
			heldOut.addAll(rows.subList(0, cut));
			train.addAll(rows.subList(cut, rows.size()));
		}
		Collections.shuffle(train, new Random(seed + 1));
		return new Split(train, heldOut, List.of());
	}

	/**
	 * Sentiment examples. Trained on: the project's support lines, PRDECT-ID (id reviews), NSMC (ko reviews) and XED
	 * (subtitles, emotions mapped to polarity), 80/20 split. Evaluated only: the public test splits (XLM-T tweets,
	 * GoEmotions, Wisesight, the Hebrew comments).
	 */
	Split sentiments() throws IOException {
		Random random = new Random(seed + 2);
		List<Example> pool = new ArrayList<>();
		List<Example> publicTest = new ArrayList<>();
		for (JsonNode row : jsonLines(sharedData.resolve("sentiment-train.jsonl"))) {
			String src = row.path("src").asString();
			String text = row.path("text").asString();
			String language = row.path("lang").asString();
			String label = polarity(row);
			if (label == null || text.isBlank()) {
				continue;
			}
			String group = src.replaceAll("[/@].*", "");
			if (src.contains("test")) {
				publicTest.add(new Example(text, language, label, group + "-test/" + language));
			}
			else {
				pool.add(new Example(text, language, label, group));
			}
		}
		Map<String, List<Example>> byGroup = new TreeMap<>();
		for (Example e : pool) {
			byGroup.computeIfAbsent(e.group() + "/" + e.language() + "/" + e.label(), k -> new ArrayList<>()).add(e);
		}
		List<Example> train = new ArrayList<>();
		List<Example> heldOut = new ArrayList<>();
		for (var entry : byGroup.entrySet()) {
			List<Example> rows = new ArrayList<>(entry.getValue());
			Collections.shuffle(rows, new Random(seed ^ entry.getKey().hashCode()));
			int cut = rows.size() / 5;
			heldOut.addAll(rows.subList(0, cut));
			train.addAll(rows.subList(cut, rows.size()));
		}
		for (SupportLine line : supportTrain) {
			for (String text : framed(line, 1, random)) {
				train.add(new Example(text, line.language(), line.sentiment(), "crossback-support"));
			}
		}
		for (SupportLine line : supportHeldOut) {
			heldOut.add(new Example(line.text(), line.language(), line.sentiment(), "crossback-support"));
		}
		Collections.shuffle(train, new Random(seed + 3));
		return new Split(train, heldOut, publicTest);
	}

	private static final List<String> NEGATIVE_EMOTIONS = List.of("anger", "disgust", "fear", "sadness");

	private static final List<String> POSITIVE_EMOTIONS = List.of("joy", "trust");

	/** positive / negative / neutral, or null when the row has no clear polarity. */
	static String polarity(JsonNode row) {
		String label = row.path("label").asString();
		if (label.equals("positive") || label.equals("negative") || label.equals("neutral")) {
			return label;
		}
		if (!row.path("task").asString().equals("emotion")) {
			return null;
		}
		List<String> emotions = new ArrayList<>();
		if (row.has("emotions") && row.get("emotions").isArray()) {
			row.get("emotions").forEach(e -> emotions.add(e.asString()));
		}
		else {
			emotions.add(label);
		}
		boolean negative = emotions.stream().anyMatch(NEGATIVE_EMOTIONS::contains);
		boolean positive = emotions.stream().anyMatch(POSITIVE_EMOTIONS::contains);
		if (negative == positive) {
			return null;
		}
		return negative ? "negative" : "positive";
	}

	private static List<JsonNode> jsonLines(Path file) throws IOException {
		ObjectMapper mapper = JsonMapper.builder().build();
		List<JsonNode> rows = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				rows.add(mapper.readTree(line));
			}
		}
		return rows;
	}
}
