package io.crossback.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.crossback.triage.TrainingData.Example;

/** Accuracy, per-class precision / recall / F1, per-group accuracy and a confusion matrix, printed as Markdown. */
final class Evaluation {

	private final List<String> classes;

	private final int[][] confusion;

	private final Map<String, int[]> byGroup = new TreeMap<>();

	private int total;

	private int correct;

	Evaluation(List<String> classes) {
		this.classes = classes;
		this.confusion = new int[classes.size()][classes.size()];
	}

	static Evaluation of(List<String> classes, List<Example> examples, Function<Example, String> predict,
			Function<Example, String> groupOf) {
		Evaluation evaluation = new Evaluation(classes);
		for (Example e : examples) {
			evaluation.add(e.label(), predict.apply(e), groupOf.apply(e));
		}
		return evaluation;
	}

	void add(String expected, String predicted, String group) {
		int e = classes.indexOf(expected);
		int p = classes.indexOf(predicted);
		confusion[e][p]++;
		total++;
		int[] g = byGroup.computeIfAbsent(group, k -> new int[2]);
		g[1]++;
		if (e == p) {
			correct++;
			g[0]++;
		}
	}

	int total() {
		return total;
	}

	double accuracy() {
		return total == 0 ? 0 : (double) correct / total;
	}

	double f1(int c) {
		int tp = confusion[c][c];
		int predicted = 0;
		int actual = 0;
		for (int i = 0; i < classes.size(); i++) {
			predicted += confusion[i][c];
			actual += confusion[c][i];
		}
		double precision = predicted == 0 ? 0 : (double) tp / predicted;
		double recall = actual == 0 ? 0 : (double) tp / actual;
		return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
	}

	/** Macro F1 over the classes that occur in the data. */
	double macroF1() {
		double sum = 0;
		int n = 0;
		for (int c = 0; c < classes.size(); c++) {
			int actual = 0;
			for (int i = 0; i < classes.size(); i++) {
				actual += confusion[c][i];
			}
			if (actual > 0) {
				sum += f1(c);
				n++;
			}
		}
		return n == 0 ? 0 : sum / n;
	}

	Map<String, int[]> groups() {
		return byGroup;
	}

	String perClassTable() {
		StringBuilder out = new StringBuilder("| class | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
		for (int c = 0; c < classes.size(); c++) {
			int tp = confusion[c][c];
			int predicted = 0;
			int actual = 0;
			for (int i = 0; i < classes.size(); i++) {
				predicted += confusion[i][c];
				actual += confusion[c][i];
			}
			out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", classes.get(c),
					predicted == 0 ? 0 : (double) tp / predicted, actual == 0 ? 0 : (double) tp / actual, f1(c), actual));
		}
		return out.toString();
	}

	String groupTable(String title) {
		StringBuilder out = new StringBuilder("| " + title + " | accuracy | n |\n|---|---|---|\n");
		for (var entry : byGroup.entrySet()) {
			int[] g = entry.getValue();
			out.append(String.format(Locale.ROOT, "| %s | %.3f | %d |%n", entry.getKey(), (double) g[0] / g[1], g[1]));
		}
		return out.toString();
	}

	String confusionTable() {
		List<String> shortNames = new ArrayList<>();
		for (String c : classes) {
			shortNames.add(c.length() > 8 ? c.substring(0, 8) : c);
		}
		StringBuilder out = new StringBuilder("| expected \\ predicted | " + String.join(" | ", shortNames) + " |\n|---|");
		out.append("---|".repeat(classes.size())).append('\n');
		for (int e = 0; e < classes.size(); e++) {
			out.append("| ").append(classes.get(e)).append(" |");
			for (int p = 0; p < classes.size(); p++) {
				out.append(' ').append(confusion[e][p]).append(" |");
			}
			out.append('\n');
		}
		return out.toString();
	}
}
