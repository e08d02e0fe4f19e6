package io.crossback.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import io.crossback.calendars.BusinessCalendar;
import io.crossback.calendars.BusinessCalendars;
import io.crossback.cases.ActorRole;
import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseMessagePosted;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseTransitioned;
import io.crossback.cases.CaseType;
import io.crossback.cases.MessageAuthor;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;
import io.crossback.triage.MessageTriaged;
import io.crossback.triage.Urgency;

/**
 * Applies case events to SLA metrics and fires their timers. Which event starts and which achieves a metric:
 * <ul>
 * <li>{@code first_response}: submission → first agent message</li>
 * <li>{@code next_response}: a customer message after the first response → the next agent message</li>
 * <li>{@code approval_decision} (returns, exchanges, refunds, repairs): submission → approve or reject</li>
 * <li>{@code pickup}: approval into {@code awaiting_return} → ship (the carrier's pickup scan)</li>
 * <li>{@code inspection}: receive → inspect</li>
 * <li>{@code resolution}: submission → resolved, rejected or closed</li>
 * <li>{@code dispute_resolution}: dispute → dispute decided</li>
 * <li>{@code escalation_response}: triage escalates (or finds critical urgency) → an agent's message or action</li>
 * </ul>
 * {@code refund_payout} waits for the refunds module's payout event. A case that is cancelled, rejected or closed
 * stops its other open metrics. Each event and timer of one case is applied under a lock on the case's row.
 */
@Service
class ServiceLevels {

	static final String TIMER_TASK = "sla-timer";

	private static final Logger log = LoggerFactory.getLogger(ServiceLevels.class);

	private static final Set<CaseType> DECIDED_TYPES = EnumSet.of(CaseType.RETURN, CaseType.EXCHANGE, CaseType.REFUND,
			CaseType.REPAIR);

	private static final Set<CaseStatus> TERMINAL = EnumSet.of(CaseStatus.CLOSED, CaseStatus.REJECTED,
			CaseStatus.CANCELLED);

	private final MetricTimers timers;

	private final SlaPolicies policies;

	private final BusinessCalendars calendars;

	private final SchedulerClient scheduler;

	private final ApplicationEventPublisher events;

	private final SlaOutcomes outcomes;

	private final SlaSettings settings;

	private final Clock clock;

	ServiceLevels(MetricTimers timers, SlaPolicies policies, BusinessCalendars calendars, SchedulerClient scheduler,
			ApplicationEventPublisher events, SlaOutcomes outcomes, SlaSettings settings, Clock clock) {
		this.timers = timers;
		this.policies = policies;
		this.calendars = calendars;
		this.scheduler = scheduler;
		this.events = events;
		this.outcomes = outcomes;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	void on(CaseSubmitted event) {
		if (timers.findCase(event.tenantId(), event.caseId()).isPresent()) {
			return; // redelivered
		}
		Optional<SlaPolicy> policy = policies.match(event.tenantId(), event.type(), event.market(), event.channel(),
				event.vip() ? "vip" : "standard");
		SlaCase slaCase = new SlaCase(event.tenantId(), event.caseId(), policy.map(SlaPolicy::name).orElse(SlaCase.NO_POLICY),
				event.type(), event.market(), CaseStatus.SUBMITTED, event.at());
		timers.insertCase(slaCase);
		policy.ifPresent(p -> {
			start(slaCase, p, SlaMetric.FIRST_RESPONSE, event.at(), null);
			if (DECIDED_TYPES.contains(event.type())) {
				start(slaCase, p, SlaMetric.APPROVAL_DECISION, event.at(), null);
			}
			start(slaCase, p, SlaMetric.RESOLUTION, event.at(), null);
		});
	}

	@Transactional
	void on(CaseTransitioned event) {
		Optional<SlaCase> known = lock(event.tenantId(), event.caseId());
		if (known.isEmpty()) {
			return;
		}
		SlaCase slaCase = known.get();
		timers.updateStatus(event.tenantId(), event.caseId(), event.to());
		if (!slaCase.hasPolicy()) {
			return;
		}
		SlaPolicy policy = policyOf(slaCase);
		Map<SlaMetric, MetricTimer> metrics = metricsOf(slaCase);
		Instant at = event.at();
		for (SlaMetric metric : achievedBy(event)) {
			MetricTimer m = metrics.get(metric);
			if (m != null && m.isOpen()) {
				metrics.put(metric, update(m, m.achieve(at, calendar(m))));
			}
		}
		for (MetricTimer m : List.copyOf(metrics.values())) {
			if (!m.isOpen()) {
				continue;
			}
			MetricTimer next;
			if (TERMINAL.contains(event.to())) {
				next = m.stop(at, calendar(m));
			}
			else if (policy.target(m.metric()).map(t -> t.pausedWhile().contains(event.to())).orElse(false)) {
				next = m.pause(at, calendar(m));
			}
			else {
				next = m.resume(at, calendar(m), settings.atRiskPercent());
			}
			metrics.put(m.metric(), update(m, next));
		}
		SlaCase current = new SlaCase(slaCase.tenantId(), slaCase.caseId(), slaCase.policy(), slaCase.type(),
				slaCase.market(), event.to(), slaCase.submittedAt());
		for (SlaMetric metric : startedBy(event)) {
			start(current, policy, metric, at, metrics.get(metric));
		}
	}

	@Transactional
	void on(CaseMessagePosted event) {
		Optional<SlaCase> known = lock(event.tenantId(), event.caseId());
		if (known.isEmpty()) {
			return;
		}
		SlaCase slaCase = known.get();
		if (!slaCase.hasPolicy()) {
			return;
		}
		Map<SlaMetric, MetricTimer> metrics = metricsOf(slaCase);
		if (event.author() == MessageAuthor.AGENT) {
			for (SlaMetric metric : List.of(SlaMetric.FIRST_RESPONSE, SlaMetric.NEXT_RESPONSE,
					SlaMetric.ESCALATION_RESPONSE)) {
				MetricTimer m = metrics.get(metric);
				if (m != null && m.isOpen()) {
					update(m, m.achieve(event.at(), calendar(m)));
				}
			}
		}
		else if (event.author() == MessageAuthor.CUSTOMER && !TERMINAL.contains(slaCase.status())) {
			MetricTimer first = metrics.get(SlaMetric.FIRST_RESPONSE);
			MetricTimer next = metrics.get(SlaMetric.NEXT_RESPONSE);
			if ((first == null || !first.isOpen()) && (next == null || !next.isOpen())) {
				start(slaCase, policyOf(slaCase), SlaMetric.NEXT_RESPONSE, event.at(), next);
			}
		}
	}

	/**
	 * Triage escalated a message (or judged it critical): a human must answer within the escalation target, 10 minutes
	 * round the clock unless the case's policy says otherwise. A running escalation clock is left as it is.
	 */
	@Transactional
	void on(MessageTriaged event) {
		if (!event.escalate() && event.urgency() != Urgency.CRITICAL) {
			return;
		}
		Optional<SlaCase> known = lock(event.tenantId(), event.caseId());
		if (known.isEmpty() || !known.get().hasPolicy() || TERMINAL.contains(known.get().status())) {
			return;
		}
		SlaPolicy policy = policyOf(known.get());
		if (policy.target(SlaMetric.ESCALATION_RESPONSE).isEmpty()) {
			List<SlaPolicy.Target> targets = new java.util.ArrayList<>(policy.targets());
			targets.add(DefaultPolicies.ESCALATION_TARGET);
			policy = new SlaPolicy(policy.name(), policy.conditions(), targets, policy.escalations());
		}
		MetricTimer running = metricsOf(known.get()).get(SlaMetric.ESCALATION_RESPONSE);
		if (running != null && running.isOpen()) {
			return;
		}
		start(known.get(), policy, SlaMetric.ESCALATION_RESPONSE, event.at(), running);
	}

	/**
	 * A durable timer is due. Acts only if the metric still runs in the timer's generation, and records the escalation
	 * in the same transaction as the metric's new state, so a timer run twice escalates once.
	 */
	@Transactional
	void fire(TimerId timer) {
		Optional<SlaCase> slaCase = timers.lockCase(timer.tenantId(), timer.caseId());
		if (slaCase.isEmpty()) {
			return;
		}
		MetricTimer m = metricsOf(slaCase.get()).get(timer.metric());
		if (m == null || m.generation() != timer.generation() || m.status() != MetricStatus.ACTIVE || m.dueAt() == null) {
			return;
		}
		Optional<SlaPolicy> policy = policies.named(timer.tenantId(), m.policy(), slaCase.get().type(), m.market());
		Instant now = clock.instant();
		if (timer.kind() == TimerId.Kind.AT_RISK) {
			if (m.atRisk()) {
				return;
			}
			update(m, m.markAtRisk());
			events.publishEvent(new SlaAtRisk(m.tenantId(), m.caseId(), m.metric(), m.policy(), m.dueAt(),
					policy.map(p -> p.escalations().atRisk()).orElse(List.of()), now));
		}
		else {
			update(m, m.breach());
			events.publishEvent(new SlaBreached(m.tenantId(), m.caseId(), m.metric(), m.policy(), m.dueAt(),
					policy.map(p -> p.escalations().breach()).orElse(List.of()), now));
		}
	}

	/** The case's policy name and metrics, if the case is known. */
	@Transactional(readOnly = true)
	Optional<Snapshot> snapshot(TenantId tenant, CaseId caseId) {
		return timers.findCase(tenant, caseId)
			.filter(SlaCase::hasPolicy)
			.map(c -> new Snapshot(c.policy(), timers.metrics(tenant, caseId)));
	}

	record Snapshot(String policy, List<MetricTimer> metrics) {
	}

	/** The calendar a metric is measured on; the built-in default if the tenant has since deleted it. */
	BusinessCalendar calendar(TenantId tenant, String calendarId) {
		try {
			return calendars.calendar(tenant, calendarId);
		}
		catch (NotFound e) {
			log.warn("Tenant {} has no calendar '{}': measuring on '{}'", tenant, calendarId, BusinessCalendars.DEFAULT);
			return calendars.calendar(tenant, BusinessCalendars.DEFAULT);
		}
	}

	private BusinessCalendar calendar(MetricTimer m) {
		return calendar(m.tenantId(), m.calendarId());
	}

	private void start(SlaCase slaCase, SlaPolicy policy, SlaMetric metric, Instant at, @Nullable MetricTimer existing) {
		Optional<SlaPolicy.Target> target = policy.target(metric);
		if (target.isEmpty() || (existing != null && existing.startedAt().equals(at))) {
			return; // not promised, or a redelivered event
		}
		SlaPolicy.Target t = target.get();
		BusinessCalendar calendar = calendar(slaCase.tenantId(), t.calendarId());
		MetricTimer started = MetricTimer.start(slaCase.tenantId(), slaCase.caseId(), metric, policy.name(),
				slaCase.market(), t.label(), t.calendarId(), at, t.dueFrom(at, calendar), calendar,
				settings.atRiskPercent(), existing == null ? 1 : existing.generation() + 1,
				existing == null ? 0 : existing.version());
		if (t.pausedWhile().contains(slaCase.status())) {
			started = started.pause(at, calendar);
		}
		update(existing, started);
	}

	/** Stores the metric's new state ({@code before} is null for a new one) and schedules timers for a new due. */
	private MetricTimer update(@Nullable MetricTimer before, MetricTimer after) {
		if (after == before) {
			return before;
		}
		MetricTimer saved = timers.save(after);
		outcomes.changed(before == null ? after : before, saved);
		boolean rescheduled = before == null || before.generation() != saved.generation();
		if (rescheduled && saved.status() == MetricStatus.ACTIVE && saved.dueAt() != null) {
			if (!saved.atRisk() && saved.atRiskAt() != null && saved.atRiskAt().isBefore(saved.dueAt())) {
				schedule(new TimerId(saved.tenantId(), saved.caseId(), saved.metric(), TimerId.Kind.AT_RISK,
						saved.generation()), saved.atRiskAt());
			}
			schedule(new TimerId(saved.tenantId(), saved.caseId(), saved.metric(), TimerId.Kind.BREACH,
					saved.generation()), saved.dueAt());
		}
		return saved;
	}

	private void schedule(TimerId timer, Instant at) {
		scheduler.scheduleIfNotExists(new TaskInstance<Void>(TIMER_TASK, timer.instanceId()), at);
	}

	/**
	 * The case's SLA row, locked. Events arrive in the case's own transaction, after its submission, so a case sla does
	 * not know predates sla (or its submission failed to reach it): it is measured by nothing, and its events must not
	 * fail the case's change.
	 */
	private Optional<SlaCase> lock(TenantId tenant, CaseId caseId) {
		Optional<SlaCase> known = timers.lockCase(tenant, caseId);
		if (known.isEmpty()) {
			log.debug("Case {} of {} is not known to sla: not measured", caseId, tenant);
		}
		return known;
	}

	private SlaPolicy policyOf(SlaCase slaCase) {
		return policies.named(slaCase.tenantId(), slaCase.policy(), slaCase.type(), slaCase.market())
			.orElseGet(() -> new SlaPolicy(slaCase.policy(), SlaPolicy.Conditions.any(), List.of(),
					new SlaPolicy.Escalations(List.of(), List.of())));
	}

	private Map<SlaMetric, MetricTimer> metricsOf(SlaCase slaCase) {
		Map<SlaMetric, MetricTimer> metrics = new EnumMap<>(SlaMetric.class);
		timers.metrics(slaCase.tenantId(), slaCase.caseId()).forEach(m -> metrics.put(m.metric(), m));
		return metrics;
	}

	private static Set<SlaMetric> achievedBy(CaseTransitioned event) {
		Set<SlaMetric> achieved = EnumSet.noneOf(SlaMetric.class);
		if (event.action() == CaseAction.APPROVE || event.action() == CaseAction.REJECT) {
			achieved.add(SlaMetric.APPROVAL_DECISION);
		}
		if (event.action() == CaseAction.SHIP) {
			achieved.add(SlaMetric.PICKUP);
		}
		if (event.action() == CaseAction.INSPECT) {
			achieved.add(SlaMetric.INSPECTION);
		}
		if (event.to() == CaseStatus.RESOLVED || event.to() == CaseStatus.REJECTED || event.to() == CaseStatus.CLOSED) {
			achieved.add(SlaMetric.RESOLUTION);
		}
		if (event.action() == CaseAction.DECIDE_DISPUTE) {
			achieved.add(SlaMetric.DISPUTE_RESOLUTION);
		}
		if (event.actor().role() == ActorRole.AGENT || event.actor().role() == ActorRole.MERCHANT_API) {
			achieved.add(SlaMetric.ESCALATION_RESPONSE);
		}
		return achieved;
	}

	private static Set<SlaMetric> startedBy(CaseTransitioned event) {
		Set<SlaMetric> started = EnumSet.noneOf(SlaMetric.class);
		if (event.action() == CaseAction.APPROVE && event.to() == CaseStatus.AWAITING_RETURN) {
			started.add(SlaMetric.PICKUP);
		}
		if (event.action() == CaseAction.RECEIVE) {
			started.add(SlaMetric.INSPECTION);
		}
		if (event.action() == CaseAction.DISPUTE) {
			started.add(SlaMetric.DISPUTE_RESOLUTION);
		}
		return started;
	}
}
