package io.crossback.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.core.Conflict;
import io.crossback.core.InvalidInput;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;

/**
 * The cases module's door: intake (idempotent), actions along each type's lifecycle (optimistically versioned),
 * messages and timeline notes. Every change publishes an event in the same transaction.
 */
@Service
public class CaseManagement {

	/** How long intake idempotency keys are kept (at least 24 hours, as promised to API clients). */
	static final Duration IDEMPOTENCY_RETENTION = Duration.ofHours(48);

	private final Cases cases;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<CaseIntakeAssessor> assessors;

	private final CaseIntake intake;

	/** The assessors, once looked up (they depend on this bean, so they cannot be injected). */
	private volatile @Nullable List<CaseIntakeAssessor> assessorList;

	private final Clock clock;

	CaseManagement(Cases cases, ApplicationEventPublisher events, ObjectProvider<CaseIntakeAssessor> assessors,
			CaseIntake intake, Clock clock) {
		this.cases = cases;
		this.events = events;
		this.assessors = assessors;
		this.intake = intake;
		this.clock = clock;
	}

	/**
	 * Creates a case, or answers the one created earlier with the same idempotency key and the same request.
	 * <p>
	 * Intake stores the case, its lines, the customer's message, the key and a pending-reactions row, and nothing
	 * else (ADR 0006), in one transaction with the requests that arrive at the same time (ADR 0007): policy, sla,
	 * routing, triage and the evidence log react after the commit, through {@link IntakeReactionWorker}, in batches,
	 * or right away when {@code crossback.cases.reactions.inline} is set.
	 * Any later change of the case runs them first, so they never see the case out of order.
	 *
	 * @param requestFingerprint a canonical form of the request; the same key with another fingerprint is refused
	 * @throws Conflict when the key was used for a different request
	 * @throws InvalidInput when the order, its lines or the quantities do not fit
	 */
	public Submission submit(TenantId tenant, String idempotencyKey, String requestFingerprint, NewCase request,
			Actor actor) {
		return intake.submit(tenant, idempotencyKey, requestFingerprint, request, actor);
	}

	/**
	 * Runs the reactions of up to {@code limit} pending intakes in one transaction: the worker's batch.
	 *
	 * @return how many intakes it took
	 */
	@Transactional
	int reactToPendingIntakes(int limit) {
		List<Cases.PendingIntake> batch = cases.duePending(clock.instant(), limit, true);
		for (Cases.PendingIntake pending : batch) {
			react(pending);
		}
		cases.deletePending(batch);
		return batch.size();
	}

	/**
	 * Runs the reactions of this case's intake now, in a transaction of its own, if they are still pending; waits
	 * for a worker that holds them, or with {@code skipLocked} leaves them to it.
	 *
	 * @return whether this call ran them
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean reactToPendingIntake(TenantId tenant, CaseId id, boolean skipLocked) {
		return settle(tenant, id, skipLocked);
	}

	/** Intakes whose reactions are due, without taking them (for retrying a failed batch one by one). */
	List<Cases.PendingIntake> duePendingIntakes(int limit) {
		return cases.duePending(clock.instant(), limit, false);
	}

	/** Puts a failing intake back, to be tried again after {@code delay}. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void deferPendingIntake(Cases.PendingIntake pending, Duration delay, String error) {
		cases.deferPending(pending, clock.instant().plus(delay), error);
	}

	/** How many intakes wait for their reactions, on all instances. */
	@Transactional(readOnly = true)
	public long pendingIntakes() {
		return cases.countPending();
	}

	/**
	 * Runs this case's pending intake reactions, if any, in the current transaction (before anything else changes the
	 * case); answers whether it did.
	 */
	private boolean settle(TenantId tenant, CaseId id, boolean skipLocked) {
		Optional<Cases.PendingIntake> pending = cases.lockPending(tenant, id, skipLocked);
		pending.ifPresent(p -> {
			react(p);
			cases.deletePending(List.of(p));
		});
		return pending.isPresent();
	}

	/**
	 * What intake leaves to the reactions: the case's events as if at its submission (sla clocks start then), then
	 * the policy's assessment, which may approve it.
	 */
	private void react(Cases.PendingIntake pending) {
		Case c = find(pending.tenant(), pending.caseId());
		Optional<Message> message = pending.messageId() == null ? Optional.empty()
				: cases.message(pending.tenant(), pending.caseId(), pending.messageId());
		events.publishEvent(new CaseSubmitted(c.tenantId(), c.id(), c.type(), c.reason(), c.channel(), c.orderId(),
				c.market(), c.customerLanguage(), c.vip(), message.map(Message::text).orElse(""), c.createdAt()));
		message.ifPresent(m -> events.publishEvent(
				new CaseMessagePosted(c.tenantId(), c.id(), m.id(), m.author(), m.text(), m.at())));
		if (c.status() == CaseStatus.SUBMITTED && c.eligible() == null) {
			assess(c);
		}
	}

	private Case assess(Case created) {
		Case current = created;
		List<CaseIntakeAssessor> known = assessorList;
		if (known == null) {
			known = assessors.orderedStream().toList();
			assessorList = known;
		}
		for (CaseIntakeAssessor assessor : known) {
			Optional<CaseIntakeAssessor.Assessment> verdict = assessor.assess(new CaseIntakeAssessor.Intake(
					created.tenantId(), created.id(), created.type(), created.reason(), created.orderId(),
					created.lines().stream().map(CaseLine::lineId).toList(), created.createdAt()));
			if (verdict.isEmpty()) {
				continue;
			}
			CaseIntakeAssessor.Assessment assessment = verdict.get();
			cases.setEligibility(created.tenantId(), created.id(), assessment.eligible());
			current = new Case(current.tenantId(), current.id(), current.version(), current.orderId(), current.type(),
					current.reason(), current.channel(), current.preferredResolution(), current.status(),
					current.resumeStatus(), current.resolution(), assessment.eligible(), current.market(),
					current.customerLanguage(), current.vip(), current.trackingToken(), current.lines(),
					current.createdAt(), current.updatedAt());
			cases.appendTimeline(created.tenantId(), created.id(), "assessment", Actor.SYSTEM, null, null, null,
					Map.of("eligible", String.valueOf(assessment.eligible())), assessment.summary(),
					created.createdAt());
			if (assessment.eligible() && assessment.autoApprove()) {
				current = transition(current, CaseAction.APPROVE, Map.of("auto", "true"), Actor.SYSTEM);
			}
		}
		return current;
	}

	/**
	 * Applies an action to a case at the given version.
	 *
	 * @throws StaleCase when the case moved on since {@code expectedVersion}
	 * @throws TransitionNotAllowed when its status does not allow the action
	 */
	@Transactional
	public Case act(TenantId tenant, CaseId id, CaseAction action, long expectedVersion, Map<String, String> data,
			Actor actor) {
		settle(tenant, id, false);
		Case current = find(tenant, id);
		if (current.version() != expectedVersion) {
			throw new StaleCase(expectedVersion, current.version());
		}
		Case after = transition(current, action, data, actor);
		if (action == CaseAction.REQUEST_INFO) {
			addMessage(after, MessageAuthor.AGENT, after.status(), data.get("question"), actor);
		}
		return after;
	}

	private Case transition(Case current, CaseAction action, Map<String, String> data, Actor actor) {
		Case.Transition transition = current.apply(action, data, actor, clock.instant());
		Case after = transition.after();
		if (!cases.update(after, current.version())) {
			Case now = find(current.tenantId(), current.id());
			throw new StaleCase(current.version(), now.version());
		}
		CaseTransitioned event = transition.event();
		cases.appendTimeline(after.tenantId(), after.id(), "transition", actor, event.from(), event.to(), action,
				event.data(), null, event.at());
		if ("true".equals(event.data().get("goodwill"))) {
			cases.appendTimeline(after.tenantId(), after.id(), "goodwill", actor, null, null, action, Map.of(),
					event.data().get("reason"), event.at());
		}
		events.publishEvent(event);
		return after;
	}

	/**
	 * Adds a message. A customer's message on a case awaiting information answers the question: the case goes back
	 * to where it was.
	 */
	@Transactional
	public Message postMessage(TenantId tenant, CaseId id, MessageAuthor author, String text, Actor actor) {
		settle(tenant, id, false);
		Case current = find(tenant, id);
		Message message = addMessage(current, author, current.status(), text, actor);
		if (author == MessageAuthor.CUSTOMER && current.status() == CaseStatus.AWAITING_INFO) {
			transition(current, CaseAction.PROVIDE_INFO, Map.of(), actor);
		}
		else {
			cases.touch(tenant, id, message.at());
		}
		return message;
	}

	private Message addMessage(Case c, MessageAuthor author, CaseStatus status, @Nullable String text, Actor actor) {
		Instant now = clock.instant();
		String body = text == null ? "" : text;
		Message message = cases.addMessage(c.tenantId(), c.id(), author, body, now);
		cases.appendTimeline(c.tenantId(), c.id(), "message", actor, null, null, null,
				Map.of("author", author.wire(), "messageId", String.valueOf(message.id())), null, now);
		events.publishEvent(new CaseMessagePosted(c.tenantId(), c.id(), message.id(), author, body, now));
		return message;
	}

	/** Lets another module write on a case's timeline (assignment, escalation, triage, …). */
	@Transactional
	public void appendTimeline(TenantId tenant, CaseId id, String kind, Actor actor, @Nullable String note) {
		appendTimeline(tenant, id, kind, actor, Map.of(), note);
	}

	@Transactional
	public void appendTimeline(TenantId tenant, CaseId id, String kind, Actor actor, Map<String, String> data,
			@Nullable String note) {
		find(tenant, id);
		cases.appendTimeline(tenant, id, kind, actor, null, null, null, data, note, clock.instant());
	}

	public Case find(TenantId tenant, CaseId id) {
		return cases.find(tenant, id).orElseThrow(() -> new NotFound("no case " + id));
	}

	public Optional<Case> findByTrackingToken(String token) {
		return cases.findByTrackingToken(token);
	}

	public List<TimelineEntry> timeline(TenantId tenant, CaseId id) {
		return cases.timeline(tenant, id);
	}

	public List<Message> messages(TenantId tenant, CaseId id) {
		return cases.messages(tenant, id);
	}

	/** The steps a customer sees on the tracking link: creation and status changes, no notes or assignments. */
	public List<TimelineEntry> customerSteps(TenantId tenant, CaseId id) {
		return cases.timeline(tenant, id)
			.stream()
			.filter(e -> e.kind().equals("created") || e.kind().equals("transition"))
			.toList();
	}

	/** The messages a customer sees: theirs and the agents' replies, never internal notes. */
	public List<Message> customerMessages(TenantId tenant, CaseId id) {
		return cases.messages(tenant, id).stream().filter(m -> m.author() != MessageAuthor.INTERNAL).toList();
	}

	/** A page of cases in update order; {@code cursor} continues a previous page. */
	public Page list(TenantId tenant, @Nullable CaseStatus status, @Nullable CaseType type, @Nullable String orderId,
			@Nullable Instant updatedSince, @Nullable String cursor, int limit) {
		Cases.Cursor after = cursor == null ? null : Cursors.decode(cursor);
		List<Case> found = new ArrayList<>(cases.list(tenant,
				new Cases.CaseQuery(status, type, orderId, updatedSince, after), limit + 1));
		String next = null;
		if (found.size() > limit) {
			found.remove(limit);
			Case last = found.get(limit - 1);
			next = Cursors.encode(new Cases.Cursor(last.updatedAt(), last.id().value()));
		}
		return new Page(found, next);
	}

	/** Open cases, VIP first, then oldest first. */
	public List<Case> openCases(TenantId tenant, int limit) {
		return cases.open(tenant, limit);
	}

	/** Case counts by status, market, type or reason. */
	public Map<String, Integer> countBy(TenantId tenant, String dimension) {
		return cases.countBy(tenant, dimension);
	}

	/** Forgets the text of all messages on the given orders' cases (the customer's right to erasure). */
	@Transactional
	public int eraseMessagesOfOrders(TenantId tenant, List<String> orderIds) {
		return cases.eraseMessagesOfOrders(tenant, orderIds);
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	void forgetOldIdempotencyKeys() {
		cases.forgetIdempotencyKeysBefore(clock.instant().minus(IDEMPOTENCY_RETENTION));
	}

	/** The result of intake: the case, and whether this request created it (false for an idempotent replay). */
	public record Submission(Case result, boolean created, List<TimelineEntry> timeline, List<Message> messages) {
	}

	/** One page of cases and the cursor of the next, if any. */
	public record Page(List<Case> items, @Nullable String nextCursor) {
	}
}
