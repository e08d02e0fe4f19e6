package io.crossback.triage;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.crossback.triage.TrainingData.Example;

/**
 * Trains a {@link LinearModel}: multinomial logistic regression by averaged stochastic gradient descent over hashed
 * features, classes weighted by the square root of their inverse frequency. Single-threaded and seeded, so the same
 * data gives the same weights.
 */
final class SoftmaxTrainer {

	private final TextFeatures features;

	private final java.util.function.Function<Example, int[]> featurize;

	private final int epochs;

	private final double learningRate;

	private final long seed;

	SoftmaxTrainer(TextFeatures features, java.util.function.Function<Example, int[]> featurize, int epochs,
			double learningRate, long seed) {
		this.features = features;
		this.featurize = featurize;
		this.epochs = epochs;
		this.learningRate = learningRate;
		this.seed = seed;
	}

	LinearModel train(List<String> classes, List<Example> examples) {
		int k = classes.size();
		int n = examples.size();
		int[][] indices = new int[n][];
		int[] labels = new int[n];
		Map<Integer, Integer> counts = new TreeMap<>();
		for (int i = 0; i < n; i++) {
			indices[i] = featurize.apply(examples.get(i));
			labels[i] = classes.indexOf(examples.get(i).label());
			if (labels[i] < 0) {
				throw new IllegalArgumentException("unknown label " + examples.get(i).label());
			}
			counts.merge(labels[i], 1, Integer::sum);
		}
		double[] classWeight = new double[k];
		for (int c = 0; c < k; c++) {
			int count = counts.getOrDefault(c, 0);
			classWeight[c] = count == 0 ? 0 : Math.sqrt((double) n / (k * count));
		}
		int dims = features.dimensions();
		float[] w = new float[dims * k];
		double[] u = new double[dims * k];
		double[] b = new double[k];
		double[] ub = new double[k];
		long t = 1;
		Random random = new Random(seed);
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		double[] scores = new double[k];
		for (int epoch = 0; epoch < epochs; epoch++) {
			for (int i = n - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int tmp = order[i];
				order[i] = order[j];
				order[j] = tmp;
			}
			double rate = learningRate / (1 + 0.5 * epoch);
			for (int e : order) {
				int[] x = indices[e];
				if (x.length == 0) {
					continue;
				}
				double value = 1.0 / Math.sqrt(x.length);
				java.util.Arrays.fill(scores, 0);
				for (int index : x) {
					int base = index * k;
					for (int c = 0; c < k; c++) {
						scores[c] += w[base + c];
					}
				}
				for (int c = 0; c < k; c++) {
					scores[c] = scores[c] * value + b[c];
				}
				double[] p = LinearModel.softmax(scores);
				double weight = classWeight[labels[e]];
				for (int c = 0; c < k; c++) {
					double gradient = (p[c] - (c == labels[e] ? 1 : 0)) * weight;
					if (gradient == 0) {
						continue;
					}
					float delta = (float) (-rate * gradient * value);
					for (int index : x) {
						int at = index * k + c;
						w[at] += delta;
						u[at] += t * delta;
					}
					b[c] += -rate * gradient;
					ub[c] += t * -rate * gradient;
				}
				t++;
			}
		}
		float[] averaged = new float[w.length];
		for (int i = 0; i < w.length; i++) {
			averaged[i] = (float) (w[i] - u[i] / t);
		}
		float[] bias = new float[k];
		for (int c = 0; c < k; c++) {
			bias[c] = (float) (b[c] - ub[c] / t);
		}
		return new LinearModel(classes, features, averaged, bias);
	}
}
