package io.crossback.triage;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial logistic-regression model over hashed {@link TextFeatures}: one weight per class and feature bucket
 * plus a bias per class. Stored as gzip: a header (format, feature layout, bits, classes, scale) and the weights
 * quantised to 16 bits each (scale = largest absolute weight / 32767), which keeps a model file small.
 */
final class LinearModel {

	private static final String FORMAT = "crossback-linear-v1";

	private final List<String> classes;

	private final TextFeatures features;

	/** weights[feature * classes + class] */
	private final float[] weights;

	private final float[] bias;

	LinearModel(List<String> classes, TextFeatures features, float[] weights, float[] bias) {
		if (weights.length != features.dimensions() * classes.size() || bias.length != classes.size()) {
			throw new IllegalArgumentException("weights do not match " + classes.size() + " classes");
		}
		this.classes = List.copyOf(classes);
		this.features = features;
		this.weights = weights;
		this.bias = bias;
	}

	List<String> classes() {
		return classes;
	}

	TextFeatures features() {
		return features;
	}

	/** Class probabilities (softmax) for feature indices from {@link #features()}, in the order of {@link #classes()}. */
	double[] probabilities(int[] indices) {
		int k = classes.size();
		double[] scores = new double[k];
		double value = indices.length == 0 ? 0 : 1.0 / Math.sqrt(indices.length);
		for (int index : indices) {
			int base = index * k;
			for (int c = 0; c < k; c++) {
				scores[c] += weights[base + c];
			}
		}
		for (int c = 0; c < k; c++) {
			scores[c] = scores[c] * value + bias[c];
		}
		return softmax(scores);
	}

	static double[] softmax(double[] scores) {
		double max = Double.NEGATIVE_INFINITY;
		for (double s : scores) {
			max = Math.max(max, s);
		}
		double sum = 0;
		double[] out = new double[scores.length];
		for (int i = 0; i < scores.length; i++) {
			out[i] = Math.exp(scores[i] - max);
			sum += out[i];
		}
		for (int i = 0; i < out.length; i++) {
			out[i] /= sum;
		}
		return out;
	}

	void write(OutputStream target) throws IOException {
		float scale = 0;
		for (float w : weights) {
			scale = Math.max(scale, Math.abs(w));
		}
		scale = scale == 0 ? 1 : scale / Short.MAX_VALUE;
		try (var out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target), 1 << 16))) {
			out.writeUTF(FORMAT);
			out.writeUTF(TextFeatures.LAYOUT);
			out.writeInt(features.bits());
			out.writeInt(classes.size());
			for (String c : classes) {
				out.writeUTF(c);
			}
			for (float b : bias) {
				out.writeFloat(b);
			}
			out.writeFloat(scale);
			for (float w : weights) {
				out.writeShort(Math.round(w / scale));
			}
		}
	}

	static LinearModel read(InputStream source) throws IOException {
		try (var in = new DataInputStream(new GZIPInputStream(source))) {
			String format = in.readUTF();
			String layout = in.readUTF();
			if (!FORMAT.equals(format) || !TextFeatures.LAYOUT.equals(layout)) {
				throw new IOException("model format " + format + "/" + layout + " is not " + FORMAT + "/"
						+ TextFeatures.LAYOUT + ": retrain with bench/triage/train");
			}
			var features = new TextFeatures(in.readInt());
			int k = in.readInt();
			String[] classes = new String[k];
			for (int c = 0; c < k; c++) {
				classes[c] = in.readUTF();
			}
			float[] bias = new float[k];
			for (int c = 0; c < k; c++) {
				bias[c] = in.readFloat();
			}
			float scale = in.readFloat();
			byte[] raw = new byte[features.dimensions() * k * 2];
			in.readFully(raw);
			float[] weights = new float[features.dimensions() * k];
			for (int i = 0; i < weights.length; i++) {
				weights[i] = (short) ((raw[2 * i] << 8) | (raw[2 * i + 1] & 0xff)) * scale;
			}
			return new LinearModel(List.of(classes), features, weights, bias);
		}
	}
}
