package io.crossback.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Limits order lookups per client address: at most {@value #LIMIT} in a sliding window of ten minutes, so order
 * numbers and e-mails cannot be guessed by brute force. In memory, per instance: behind a load balancer the effective
 * limit is this times the number of instances.
 */
@Component
class LookupLimiter {

	static final int LIMIT = 10;

	private static final Duration WINDOW = Duration.ofMinutes(10);

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	private final Clock clock;

	LookupLimiter(Clock clock) {
		this.clock = clock;
	}

	/** Records an attempt; answers false when the client is over its limit. */
	boolean tryAcquire(String client) {
		Instant now = clock.instant();
		if (attempts.size() > 100_000) {
			attempts.clear();
		}
		Deque<Instant> recent = attempts.computeIfAbsent(client, k -> new ArrayDeque<>());
		synchronized (recent) {
			while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
				recent.pollFirst();
			}
			if (recent.size() >= LIMIT) {
				return false;
			}
			recent.addLast(now);
			return true;
		}
	}
}
