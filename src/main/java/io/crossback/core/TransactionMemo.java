package io.crossback.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers reads for the rest of the current transaction, so that the modules reacting to one case change inside its
 * transaction (ADR 0005) read the same calendar, policy or order once instead of once each. Outside a transaction
 * nothing is remembered. What a transaction writes it must {@link #forget} (or not memoise).
 */
public final class TransactionMemo {

	private static final Object RESOURCE = TransactionMemo.class;

	private TransactionMemo() {
	}

	/** The value remembered under {@code (kind, key)} in this transaction, or {@code read}'s, remembered. */
	public static <T> T get(String kind, Object key, Supplier<T> read) {
		@Nullable Map<Key, Object> memo = memo(true);
		if (memo == null) {
			return read.get();
		}
		Key k = new Key(kind, key);
		@SuppressWarnings("unchecked")
		T known = (T) memo.get(k);
		if (known != null) {
			return known;
		}
		T value = read.get();
		if (value != null) {
			memo.put(k, value);
		}
		return value;
	}

	/** Remembers a value read some other way (for example under a lock) for the rest of the transaction. */
	public static void put(String kind, Object key, Object value) {
		@Nullable Map<Key, Object> memo = memo(true);
		if (memo != null) {
			memo.put(new Key(kind, key), value);
		}
	}

	/** Makes the next {@link #get} of {@code (kind, key)} read again. */
	public static void forget(String kind, Object key) {
		Map<Key, Object> memo = memo(false);
		if (memo != null) {
			memo.remove(new Key(kind, key));
		}
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Map<Key, Object> memo(boolean create) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		Map<Key, Object> memo = (Map<Key, Object>) TransactionSynchronizationManager.getResource(RESOURCE);
		if (memo == null && create) {
			Map<Key, Object> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
				}
			});
			memo = fresh;
		}
		return memo;
	}

	private record Key(String kind, Object key) {

		Key {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(key, "key");
		}
	}
}
