package io.crossback.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.crossback.core.Conflict;
import io.crossback.core.InvalidInput;
import io.crossback.core.TenantId;
import io.crossback.core.Violations;
import io.crossback.orders.ClaimableOrder;
import io.crossback.orders.OrderManagement;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Writes new cases (ADR 0006, 0007, 0008): the case, its lines, the customer's message, the request's idempotency key
 * and a pending-reactions row, nothing else.
 * <p>
 * Requests arriving together are written together (group commit): a request thread that finds no batch being written
 * takes every waiting request, its own included, and writes them in one transaction of three round trips (the orders
 * locked; the keys known already, the quantities claimed and message ids read in one statement; every insert sent as
 * one) and a commit, while the requests arriving meanwhile wait for the next batch. A request the batch refuses
 * (unknown order or line, quantities already claimed, a key used for another request) gets its own problem and leaves
 * nothing behind; the others are written. If the batch fails as a whole (a lost connection, a deadlock, a key another
 * transaction recorded meanwhile), each of its requests is tried again in a transaction of its own, so a request only
 * ever sees its own failure.
 */
@Component
class CaseIntake {

	private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Cases cases;

	private final OrderManagement orders;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ObjectProvider<IntakeReactionWorker> worker;

	private final CasesSettings.Intake settings;

	/** The worker, once looked up (it depends on this bean, so it cannot be injected). */
	private volatile @Nullable IntakeReactionWorker reactionWorker;

	private final DistributionSummary batchSizes;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition batchWritten = lock.newCondition();

	/** Requests waiting for the next batch; guarded by {@link #lock}. */
	private final ArrayDeque<Request> waiting = new ArrayDeque<>();

	/** How many batches are being written; guarded by {@link #lock}. */
	private int writing;

	CaseIntake(Cases cases, OrderManagement orders, Clock clock, PlatformTransactionManager transactionManager,
			ObjectProvider<IntakeReactionWorker> worker, CasesSettings settings, MeterRegistry meters) {
		this.cases = cases;
		this.orders = orders;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.worker = worker;
		this.settings = settings.intake();
		this.batchSizes = DistributionSummary.builder("crossback.intake.batch.size")
			.description("New-case requests written per transaction")
			.register(meters);
	}

	/** See {@link CaseManagement#submit}. */
	CaseManagement.Submission submit(TenantId tenant, String key, String requestFingerprint, NewCase newCase,
			Actor actor) {
		Request request = new Request(tenant, key, requestFingerprint, newCase, actor);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// part of the caller's transaction: written in it, the reactions woken after its commit
			CaseManagement.Submission submission = writeAlone(request);
			if (submission.created()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						reactionsDue(submission);
					}
				});
			}
			return submission;
		}
		CaseManagement.Submission submission = settings.groupCommit() ? inBatch(request) : writeAlone(request);
		if (submission.created()) {
			reactionsDue(submission);
		}
		return submission;
	}

	private void reactionsDue(CaseManagement.Submission submission) {
		IntakeReactionWorker reactions = reactionWorker;
		if (reactions == null) {
			// looked up once: a lookup in the bean factory per request cost 4 % of intake's CPU
			reactions = worker.getIfAvailable();
			reactionWorker = reactions;
		}
		if (reactions != null) {
			reactions.submitted(submission.result().tenantId(), submission.result().id());
		}
	}

	/** Queues the request and waits until a batch wrote it; writes the batch itself when no other thread does. */
	private CaseManagement.Submission inBatch(Request request) {
		lock.lock();
		try {
			waiting.addLast(request);
			while (request.outcome == null) {
				if (writing >= settings.writers() || waiting.isEmpty()) {
					batchWritten.awaitUninterruptibly();
					continue;
				}
				writing++;
				List<Request> batch = new ArrayList<>(Math.min(waiting.size(), settings.maxBatch()));
				while (!waiting.isEmpty() && batch.size() < settings.maxBatch()) {
					batch.add(waiting.pollFirst());
				}
				lock.unlock();
				try {
					writeBatch(batch);
				}
				finally {
					lock.lock();
					// a request whose key an earlier one in the batch used goes into the next batch, as a retry would
					for (int i = batch.size() - 1; i >= 0; i--) {
						if (batch.get(i).outcome == null) {
							waiting.addFirst(batch.get(i));
						}
					}
					writing--;
					batchWritten.signalAll();
				}
			}
		}
		finally {
			lock.unlock();
		}
		return request.outcome.submission();
	}

	/** Writes a batch in one transaction, or, if that fails, each of its requests in a transaction of its own. */
	private void writeBatch(List<Request> batch) {
		writeBatch(batch, true);
	}

	private void writeBatch(List<Request> batch, boolean mayRetry) {
		List<Outcome> outcomes;
		try {
			outcomes = transactions.execute(status -> write(batch));
		}
		catch (RuntimeException failed) {
			if (batch.size() > 1) {
				log.info("A batch of {} new cases failed ({}); writing them one by one", batch.size(),
						failed.toString());
				for (Request request : batch) {
					writeBatch(List.of(request), true);
				}
			}
			else if (failed instanceof DuplicateKeyException && mayRetry
					&& !TransactionSynchronizationManager.isActualTransactionActive()) {
				// another transaction recorded the key after this one looked (the same key for another order): once
				// more, the request finds that case, or the key still in flight
				writeBatch(batch, false);
			}
			else {
				batch.get(0).outcome = Outcome.refused(failed);
			}
			return;
		}
		batchSizes.record(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			batch.get(i).outcome = outcomes.get(i);
		}
	}

	/**
	 * Writes these requests as if they had arrived together: in one batch, and those whose key an earlier one used in
	 * a next (for tests of what a batch does with its requests, which concurrent requests only make likely).
	 */
	void writeTogether(List<Request> requests) {
		List<Request> left = requests;
		while (!left.isEmpty()) {
			writeBatch(left);
			left = left.stream().filter(r -> r.outcome == null).toList();
		}
	}

	/** Writes one request in the current transaction, or in one of its own. */
	private CaseManagement.Submission writeAlone(Request request) {
		writeBatch(List.of(request));
		return request.result();
	}

	/**
	 * Writes a batch of requests in the current transaction, tenant by tenant; answers each request's outcome, or
	 * null for a request to try again in a later batch (its key is used by an earlier request of the batch).
	 */
	private List<@Nullable Outcome> write(List<Request> batch) {
		Instant now = clock.instant();
		List<@Nullable Outcome> outcomes = new ArrayList<>(batch.size());
		Map<String, List<Integer>> byTenant = new TreeMap<>();
		for (int i = 0; i < batch.size(); i++) {
			outcomes.add(null);
			byTenant.computeIfAbsent(batch.get(i).tenant.value(), t -> new ArrayList<>()).add(i);
		}
		// tenants in a fixed order, and orders and keys sorted within each: batches cannot deadlock on each other
		for (List<Integer> ofTenant : byTenant.values()) {
			write(batch, ofTenant, outcomes, now);
		}
		return outcomes;
	}

	private void write(List<Request> batch, List<Integer> ofTenant, List<@Nullable Outcome> outcomes, Instant now) {
		TenantId tenant = batch.get(ofTenant.get(0)).tenant;
		Map<String, ClaimableOrder> ordered = orders.lockForClaims(tenant,
				ofTenant.stream().map(i -> batch.get(i).newCase.orderId()).toList());

		// the first request of each key; a later one waits for the next batch, where it is a retry of the first
		Map<String, Integer> firstOfKey = new LinkedHashMap<>();
		int messages = 0;
		for (int i : ofTenant) {
			Request r = batch.get(i);
			if (!ordered.containsKey(r.newCase.orderId())) {
				outcomes.set(i, Outcome.refused(
						InvalidInput.of("orderId", "no order '" + r.newCase.orderId() + "' for this merchant")));
			}
			else if (firstOfKey.putIfAbsent(r.key, i) == null && hasMessage(r.newCase)) {
				messages++;
			}
		}
		if (firstOfKey.isEmpty()) {
			return;
		}
		// after the orders' locks: the quantities include every case committed on them before
		Cases.Prior prior = cases.prior(tenant, firstOfKey.keySet(),
				firstOfKey.values().stream().map(i -> batch.get(i).newCase.orderId()).distinct().toList(), messages);

		List<Integer> accepted = new ArrayList<>();
		for (int i : firstOfKey.values()) {
			Request r = batch.get(i);
			Cases.IdempotencyRecord record = prior.keys().get(r.key);
			if (record != null) {
				outcomes.set(i, replay(tenant, record, r.requestHash));
				continue;
			}
			Map<String, Integer> claimedOfOrder = prior.claimed()
				.computeIfAbsent(r.newCase.orderId(), o -> new HashMap<>());
			Optional<InvalidInput> refusal = checkLines(ordered.get(r.newCase.orderId()), r.newCase.lines(),
					claimedOfOrder);
			if (refusal.isPresent()) {
				outcomes.set(i, Outcome.refused(refusal.get()));
			}
			else {
				r.newCase.lines().forEach(line -> claimedOfOrder.merge(line.lineId(), line.quantity(), Integer::sum));
				accepted.add(i);
			}
		}
		insert(batch, accepted, ordered, prior.messageIds().iterator(), outcomes, now);
	}

	private static boolean hasMessage(NewCase newCase) {
		return newCase.message() != null && !newCase.message().isEmpty();
	}

	/**
	 * Writes the accepted requests' keys, cases, lines, messages (under the ids {@code messageIds} gives), timelines
	 * and pending reactions, in one round trip.
	 */
	private void insert(List<Request> batch, List<Integer> accepted, Map<String, ClaimableOrder> ordered,
			Iterator<Long> messageIds, List<@Nullable Outcome> outcomes, Instant now) {
		List<Cases.NewIntake> intakes = new ArrayList<>(accepted.size());
		for (int i : accepted) {
			Request r = batch.get(i);
			NewCase n = r.newCase;
			ClaimableOrder order = ordered.get(n.orderId());
			Case c = new Case(r.tenant, CaseId.random(), 1, order.orderId(), n.type(), n.reason(), n.channel(),
					n.preferredResolution(), CaseStatus.SUBMITTED, null, null, null, order.destinationCountry(),
					order.customerLanguage(), order.vip(), newTrackingToken(), n.lines(), now, now);
			List<TimelineEntry> timeline = new ArrayList<>(2);
			timeline.add(new TimelineEntry(0, "created", r.actor, null, CaseStatus.SUBMITTED, null,
					Map.of("channel", c.channel().wire()), null, now));
			Message message = null;
			if (hasMessage(n)) {
				message = new Message(messageIds.next(), MessageAuthor.CUSTOMER, n.message(), now);
				timeline.add(new TimelineEntry(0, "message", r.actor, null, null, null,
						Map.of("author", MessageAuthor.CUSTOMER.wire()), null, now));
			}
			intakes.add(new Cases.NewIntake(c, r.key, r.requestHash, message, timeline));
			outcomes.set(i, Outcome.written(new CaseManagement.Submission(c, true, timeline,
					message == null ? List.of() : List.of(message))));
		}
		cases.insertIntakes(intakes);
	}

	private Outcome replay(TenantId tenant, Cases.IdempotencyRecord earlier, String requestHash) {
		if (!earlier.requestHash().equals(requestHash)) {
			return Outcome.refused(new Conflict("idempotency-key-reused",
					"This Idempotency-Key was used for a different request; use a new key for a new case"));
		}
		return Outcome.written(
				new CaseManagement.Submission(cases.find(tenant, earlier.caseId()).orElseThrow(), false, List.of(),
						List.of()));
	}

	private static Conflict inFlight() {
		return new Conflict("idempotency-key-in-flight",
				"A request with this Idempotency-Key is being processed; retry it");
	}

	/** Whether the order has the lines and enough items not claimed yet ({@code claimed}); the problem if not. */
	private static Optional<InvalidInput> checkLines(ClaimableOrder order, List<CaseLine> lines,
			Map<String, Integer> claimed) {
		Violations v = new Violations();
		for (int i = 0; i < lines.size(); i++) {
			CaseLine line = lines.get(i);
			Integer ordered = order.quantities().get(line.lineId());
			if (ordered == null) {
				v.add("lines[" + i + "].lineId", "order " + order.orderId() + " has no line '" + line.lineId() + "'");
				continue;
			}
			int open = ordered - claimed.getOrDefault(line.lineId(), 0);
			if (line.quantity() > open) {
				v.add("lines[" + i + "].quantity", "only %d of %d items of line '%s' are not claimed by other cases"
					.formatted(Math.max(open, 0), ordered, line.lineId()));
			}
		}
		try {
			v.throwIfAny();
			return Optional.empty();
		}
		catch (InvalidInput e) {
			return Optional.of(e);
		}
	}

	private static String newTrackingToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A request for a new case, and once written, its outcome. */
	static final class Request {

		private final TenantId tenant;

		private final String key;

		private final String requestHash;

		private final NewCase newCase;

		private final Actor actor;

		/** Set by the thread that wrote the batch, read by the request's thread after taking {@link #lock}. */
		private @Nullable Outcome outcome;

		Request(TenantId tenant, String key, String requestFingerprint, NewCase newCase, Actor actor) {
			this.tenant = tenant;
			this.key = key;
			this.requestHash = sha256(requestFingerprint);
			this.newCase = newCase;
			this.actor = actor;
		}

		/** The written or replayed case; throws why the request was refused. */
		CaseManagement.Submission result() {
			return Objects.requireNonNull(outcome, "not written yet").submission();
		}
	}

	/** A request's case, or why it was refused. */
	private record Outcome(CaseManagement.@Nullable Submission written, @Nullable RuntimeException refusal) {

		static Outcome written(CaseManagement.Submission submission) {
			return new Outcome(submission, null);
		}

		static Outcome refused(RuntimeException refusal) {
			return new Outcome(null, refusal instanceof DuplicateKeyException ? inFlight() : refusal);
		}

		CaseManagement.Submission submission() {
			if (refusal != null) {
				throw refusal;
			}
			return Objects.requireNonNull(written);
		}
	}
}
