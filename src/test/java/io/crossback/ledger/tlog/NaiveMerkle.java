package io.crossback.ledger.tlog;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 section 2.1 written down literally over the full leaf list, recursion and all, with its own SHA-256 calls:
 * the independent reference the code under test is checked against. Slow on purpose.
 */
final class NaiveMerkle {

	private NaiveMerkle() {
	}

	static byte[] mth(List<byte[]> d) {
		int n = d.size();
		if (n == 0) {
			return sha(new byte[0]);
		}
		if (n == 1) {
			return sha(concat(new byte[] { 0 }, d.get(0)));
		}
		int k = k(n);
		return sha(concat(new byte[] { 1 }, concat(mth(d.subList(0, k)), mth(d.subList(k, n)))));
	}

	static List<byte[]> path(int m, List<byte[]> d) {
		int n = d.size();
		List<byte[]> out = new ArrayList<>();
		if (n <= 1) {
			return out;
		}
		int k = k(n);
		if (m < k) {
			out.addAll(path(m, d.subList(0, k)));
			out.add(mth(d.subList(k, n)));
		}
		else {
			out.addAll(path(m - k, d.subList(k, n)));
			out.add(mth(d.subList(0, k)));
		}
		return out;
	}

	static List<byte[]> proof(int m, List<byte[]> d) {
		return subproof(m, d, true);
	}

	private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
		int n = d.size();
		List<byte[]> out = new ArrayList<>();
		if (m == n) {
			if (!b) {
				out.add(mth(d));
			}
			return out;
		}
		int k = k(n);
		if (m <= k) {
			out.addAll(subproof(m, d.subList(0, k), b));
			out.add(mth(d.subList(k, n)));
		}
		else {
			out.addAll(subproof(m - k, d.subList(k, n), false));
			out.add(mth(d.subList(0, k)));
		}
		return out;
	}

	/** The largest power of two smaller than n, by counting up. */
	private static int k(int n) {
		int k = 1;
		while (k * 2 < n) {
			k *= 2;
		}
		return k;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = new byte[a.length + b.length];
		System.arraycopy(a, 0, out, 0, a.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	private static byte[] sha(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
