package io.crossback.ledger.tlog;

/**
 * A C2SP tlog-tiles path below {@code tile/}: {@code <L>/<N>[.p/<W>]} for hash tiles or {@code entries/<N>[.p/<W>]}
 * for entry bundles. Tiles have height 8, so a full tile holds 256 hashes (or entries); N is written in groups of
 * three digits, all but the last prefixed with {@code x} ({@code 1234067} is {@code x001/x234/067}).
 */
public record TilePath(int level, long index, int width) {

	public static final int HEIGHT = 8;

	public static final int FULL_WIDTH = 1 << HEIGHT;

	/** {@link #level()} of an entry bundle. */
	public static final int ENTRIES = -1;

	public TilePath {
		if (level < ENTRIES || level > 63 / HEIGHT || index < 0 || width < 1 || width > FULL_WIDTH) {
			throw new IllegalArgumentException("no such tile");
		}
	}

	public boolean isEntries() {
		return level == ENTRIES;
	}

	public boolean isPartial() {
		return width < FULL_WIDTH;
	}

	/** Parses the part after {@code tile/}. */
	public static TilePath parse(String path) {
		String[] parts = path.split("/", -1);
		if (parts.length < 2) {
			throw new IllegalArgumentException("tile path too short: " + path);
		}
		int level;
		if (parts[0].equals("entries")) {
			level = ENTRIES;
		}
		else if (parts[0].matches("[0-9]")) {
			level = Integer.parseInt(parts[0]);
		}
		else {
			throw new IllegalArgumentException("bad tile level: " + parts[0]);
		}
		int end = parts.length;
		int width = FULL_WIDTH;
		if (parts[end - 2].endsWith(".p")) {
			if (!parts[end - 1].matches("[1-9][0-9]{0,2}")) {
				throw new IllegalArgumentException("bad partial width: " + parts[end - 1]);
			}
			width = Integer.parseInt(parts[end - 1]);
			if (width >= FULL_WIDTH) {
				throw new IllegalArgumentException("partial width must be below " + FULL_WIDTH);
			}
			parts[end - 2] = parts[end - 2].substring(0, parts[end - 2].length() - 2);
			end--;
		}
		if (end < 2) {
			throw new IllegalArgumentException("tile path without an index: " + path);
		}
		long index = 0;
		for (int i = 1; i < end; i++) {
			boolean last = i == end - 1;
			String element = parts[i];
			if (last ? !element.matches("[0-9]{3}") : !element.matches("x[0-9]{3}")) {
				throw new IllegalArgumentException("bad tile index element: " + element);
			}
			index = Math.multiplyExact(index, 1000) + Integer.parseInt(last ? element : element.substring(1));
		}
		return new TilePath(level, index, width);
	}

	/** The path after {@code tile/}, as a client would request it. */
	public String format() {
		StringBuilder n = new StringBuilder(String.format("%03d", index % 1000));
		for (long rest = index / 1000; rest > 0; rest /= 1000) {
			n.insert(0, String.format("x%03d/", rest % 1000));
		}
		return (isEntries() ? "entries" : Integer.toString(level)) + "/" + n + (isPartial() ? ".p/" + width : "");
	}

	/** The tree level of this hash tile's hashes. */
	public int treeLevel() {
		return level * HEIGHT;
	}

	/** The first hash (or entry) index in this tile, at its tree level. */
	public long first() {
		return index * FULL_WIDTH;
	}
}
