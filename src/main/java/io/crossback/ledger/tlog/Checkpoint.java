package io.crossback.ledger.tlog;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The body of a C2SP tlog-checkpoint: the origin line, the tree size in decimal and the base64 root hash, each
 * ending in a newline. Extension lines are not produced; when parsing they are accepted and ignored.
 */
public record Checkpoint(String origin, long size, byte[] root) {

	public Checkpoint {
		Objects.requireNonNull(origin, "origin");
		if (origin.isEmpty() || origin.contains("\n")) {
			throw new IllegalArgumentException("origin must be one non-empty line");
		}
		if (size < 0) {
			throw new IllegalArgumentException("negative tree size");
		}
		if (root.length != Hashes.SIZE) {
			throw new IllegalArgumentException("root hash is not 32 bytes");
		}
		root = root.clone();
	}

	@Override
	public byte[] root() {
		return root.clone();
	}

	public String body() {
		return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
	}

	public static Checkpoint parse(String body) {
		if (!body.endsWith("\n")) {
			throw new IllegalArgumentException("checkpoint does not end in a newline");
		}
		String[] lines = body.split("\n", -1);
		if (lines.length < 4) {
			throw new IllegalArgumentException("checkpoint has fewer than three lines");
		}
		if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
			throw new IllegalArgumentException("tree size is not a decimal number: " + lines[1]);
		}
		return new Checkpoint(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Checkpoint c && c.origin.equals(origin) && c.size == size && Arrays.equals(c.root, root);
	}

	@Override
	public int hashCode() {
		return Objects.hash(origin, size, Arrays.hashCode(root));
	}

	@Override
	public String toString() {
		return body();
	}
}
