package io.crossback.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.cases.Actor;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseManagement;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseTransitioned;
import io.crossback.core.Conflict;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;
import io.crossback.routing.Assignments.How;

/**
 * Puts work and agents together. Two paths take work, both safe with many routers at once:
 * <ul>
 * <li><b>work looks for an agent</b> ({@link #route}): the item's row is locked, agents are ranked from an unlocked
 * read, and the best one is taken with a conditional update on their load row that re-checks status and capacity
 * under the row lock; if that agent just filled up, the next in rank is tried;
 * <li><b>an agent looks for work</b> ({@link #offer}): the agent's load row is locked {@code for update}, the top
 * waiting items of their teams are read, and those they are eligible for are locked one by one
 * {@code for update skip locked} (skipping any another router holds) and assigned up to capacity.
 * </ul>
 * A transaction holds at most one load-row lock it waits for, and never waits for item locks while holding one, so the
 * two paths do not deadlock.
 */
@Service("routing.dispatch")
class Dispatch {

	private final Agents agents;
	private final WorkItems items;
	private final Assignments history;
	private final CaseManagement cases;
	private final RoutingSettings settings;
	private final Dispatcher dispatcher;
	private final Clock clock;

	Dispatch(Agents agents, WorkItems items, Assignments history, CaseManagement cases, RoutingSettings settings,
			Clock clock) {
		this.agents = agents;
		this.cases = cases;
		this.items = items;
		this.history = history;
		this.settings = settings;
		this.dispatcher = new Dispatcher(settings.idleCap());
		this.clock = clock;
	}

	/** Opens the case's ownership item and routes it; a redelivered event changes nothing. */
	@Transactional
	public Optional<AgentId> caseSubmitted(CaseSubmitted event) {
		TenantId tenant = event.tenantId();
		Demand demand = new Demand(settings.intakeTeam(), event.customerLanguage(), event.market(), event.channel(),
				Set.of(event.type().wire(), event.reason().wire()), Map.of());
		WorkItem item = WorkItem.waiting(event.caseId(), WorkKind.CASE, demand,
				PrioritySignals.of(event.vip(), event.at()), now());
		WorkItem stored = items.insertIfAbsent(tenant, item);
		if (stored != item) {
			return Optional.ofNullable(stored.agentId());
		}
		return route(tenant, stored, true); // inserted by this transaction: nobody else can see it yet
	}

	/** Opens and finishes department tasks as the case moves; frees capacity and offers it to waiting work. */
	@Transactional
	public void caseTransitioned(CaseTransitioned event) {
		TenantId tenant = event.tenantId();
		HandOffs.Plan plan = HandOffs.plan(event);
		Set<AgentId> freed = new LinkedHashSet<>();
		for (WorkKind kind : plan.finish()) {
			items.find(tenant, event.caseId(), kind)
				.flatMap(item -> items.lock(tenant, item.id()))
				.filter(item -> item.state() != WorkState.DONE)
				.ifPresent(item -> {
					if (item.state() == WorkState.ASSIGNED && item.agentId() != null) {
						agents.release(tenant, item.agentId());
						freed.add(item.agentId());
					}
					items.complete(tenant, item.id(), now());
					history.record(tenant, item, item.agentId(), null, How.DONE, "case " + event.action().wire(),
							event.actor().role().wire() + ":" + event.actor().id(), now());
				});
		}
		Optional<WorkItem> caseItem = items.find(tenant, event.caseId(), WorkKind.CASE);
		for (WorkKind kind : plan.open()) {
			PrioritySignals signals = caseItem.map(WorkItem::signals)
				.map(s -> new PrioritySignals(s.vip(), event.at(), s.urgency(), s.emotion(), s.slaRisks()))
				.orElse(PrioritySignals.of(false, event.at()));
			Demand demand = new Demand(settings.teamOf(kind), null, event.market(), null,
					Set.of(kind.wire(), event.type().wire()), Map.of());
			WorkItem task = WorkItem.waiting(event.caseId(), kind, demand, signals, now());
			WorkItem stored = items.insertIfAbsent(tenant, task);
			if (stored == task) {
				route(tenant, stored.id(), true);
			}
		}
		for (AgentId agent : freed) {
			offer(tenant, agent);
		}
	}

	/**
	 * Gives a waiting item to the best eligible agent who still has room, or leaves it in its team's queue. Must run
	 * inside a transaction.
	 */
	Optional<AgentId> route(TenantId tenant, UUID itemId, boolean recordQueued) {
		Optional<WorkItem> locked = items.lock(tenant, itemId);
		if (locked.isEmpty()) {
			return Optional.empty();
		}
		return route(tenant, locked.get(), recordQueued);
	}

	/** {@link #route(TenantId, UUID, boolean)} for an item this transaction holds (locked, or inserted by it). */
	private Optional<AgentId> route(TenantId tenant, WorkItem item, boolean recordQueued) {
		if (item.state() != WorkState.WAITING) {
			return Optional.ofNullable(item.agentId());
		}
		Instant now = now();
		for (Dispatcher.Choice choice : dispatcher.rank(item.demand(), agents.candidates(tenant, item.team()), now)) {
			if (agents.take(tenant, choice.agentId(), now)) {
				items.assign(tenant, item.id(), choice.agentId(), now);
				history.record(tenant, item, choice.agentId(), null, How.AUTO,
						"score %.1f: %s".formatted(choice.score(), String.join(", ", choice.reasons())), "routing", now);
				return Optional.of(choice.agentId());
			}
		}
		if (recordQueued) {
			history.record(tenant, item, null, null, How.QUEUED, "no eligible agent available in " + item.team(),
					"routing", now);
		}
		return Optional.empty();
	}

	/**
	 * Lets an agent take waiting work up to their capacity, best first among the items they qualify for; returns how
	 * many they took. Must run inside a transaction.
	 */
	int offer(TenantId tenant, AgentId agentId) {
		Optional<Agent> locked = agents.lock(tenant, agentId);
		Instant now = now();
		if (locked.isEmpty() || locked.get().status() != AgentStatus.ONLINE || !locked.get().profile().isOnShift(now)
				|| locked.get().profile().teams().isEmpty()) {
			return 0;
		}
		Agent agent = locked.get();
		int load = agent.openItems();
		int taken = 0;
		if (load >= agent.profile().capacity()) {
			return 0;
		}
		for (WorkItem waiting : items.topWaiting(tenant, agent.profile().teams(), settings.offerBatch())) {
			Candidate candidate = new Candidate(agent.id(), agent.profile(), agent.status(), load, agent.idleSince(),
					agent.lastAssignedAt());
			if (dispatcher.ineligibility(waiting.demand(), candidate, now).isPresent()) {
				continue;
			}
			Optional<WorkItem> held = items.lockIfWaiting(tenant, waiting.id());
			if (held.isEmpty()) {
				continue; // another router holds or took it
			}
			WorkItem item = held.get();
			if (!agents.take(tenant, agentId, now)) {
				break;
			}
			items.assign(tenant, item.id(), agentId, now);
			history.record(tenant, item, agentId, null, How.AUTO, "taken from the %s queue (priority %d)"
				.formatted(item.team(), item.priority().score()), "routing", now);
			taken++;
			load++;
			if (load >= agent.profile().capacity()) {
				break;
			}
		}
		return taken;
	}

	/**
	 * A supervisor's override: gives the case to the agent whatever their status, shift or language, but never past
	 * their capacity, and writes it on the case's timeline. Assigning the current owner again changes nothing.
	 */
	@Transactional
	public WorkItem assign(TenantId tenant, CaseId caseId, AgentId agentId, String reason, Actor actor) {
		WorkItem found = items.find(tenant, caseId, WorkKind.CASE)
			.orElseThrow(() -> new NotFound("case " + caseId + " is not known to routing"));
		WorkItem item = items.lock(tenant, found.id()).orElseThrow();
		agents.get(tenant, agentId);
		if (agentId.equals(item.agentId()) && item.state() == WorkState.ASSIGNED) {
			return item;
		}
		if (item.state() == WorkState.DONE) {
			throw new Conflict("case-work-finished", "case " + caseId + " is resolved; its owner no longer changes");
		}
		Instant now = now();
		if (!agents.takeOverride(tenant, agentId, now)) {
			throw new Conflict("agent-at-capacity", "agent " + agentId + " is at capacity");
		}
		AgentId previous = item.state() == WorkState.ASSIGNED ? item.agentId() : null;
		if (previous != null) {
			agents.release(tenant, previous);
		}
		items.assign(tenant, item.id(), agentId, now);
		history.record(tenant, item, agentId, previous, How.MANUAL, reason, actor.role().wire() + ":" + actor.id(), now);
		Map<String, String> data = new java.util.LinkedHashMap<>();
		data.put("agentId", agentId.value());
		if (previous != null) {
			data.put("previousAgentId", previous.value());
		}
		cases.appendTimeline(tenant, caseId, "assigned", actor, data, reason);
		if (previous != null) {
			offer(tenant, previous);
		}
		return items.lock(tenant, item.id()).orElseThrow();
	}

	/**
	 * Takes an agent's assigned work back when they go offline and routes it again (to others, or the queue). Must run
	 * inside a transaction that holds the agent's load row.
	 */
	int reassignFrom(TenantId tenant, AgentId agentId, String why) {
		List<WorkItem> held = new ArrayList<>(items.assignedTo(tenant, agentId));
		for (WorkItem item : held) {
			items.lock(tenant, item.id()).ifPresent(locked -> reassign(tenant, locked, why));
		}
		return held.size();
	}

	/**
	 * New signals for a case (an SLA clock at risk or breached, triage's urgency and emotion): its open items are
	 * re-scored (a waiting one moves in its queue; priority decides the order of the queue, not who may take an item,
	 * so it is not routed again), and, when {@code reassignIfOwnerUnavailable}, a case whose owner is not online moves
	 * to an online colleague (on the timeline). Cases routing does not know are ignored; unchanged signals write nothing.
	 */
	@Transactional
	public void signal(TenantId tenant, CaseId caseId, UnaryOperator<PrioritySignals> change,
			boolean reassignIfOwnerUnavailable, String why) {
		Instant now = now();
		for (WorkItem open : items.ofCase(tenant, caseId)) {
			if (open.state() == WorkState.DONE) {
				continue;
			}
			boolean reassign = reassignIfOwnerUnavailable && open.kind() == WorkKind.CASE
					&& open.state() == WorkState.ASSIGNED;
			if (change.apply(open.signals()).equals(open.signals()) && !reassign) {
				continue;
			}
			WorkItem item = items.lock(tenant, open.id()).orElseThrow();
			PrioritySignals signals = change.apply(item.signals());
			if (!signals.equals(item.signals())) {
				items.reprioritise(tenant, item.id(), signals, Prioritizer.assess(signals, now), now);
			}
			if (reassignIfOwnerUnavailable && item.kind() == WorkKind.CASE && item.agentId() != null
					&& agents.find(tenant, item.agentId()).map(Agent::status).orElse(AgentStatus.OFFLINE) != AgentStatus.ONLINE) {
				reassign(tenant, item, why);
			}
		}
	}

	/**
	 * Pages a supervisor: opens (or opens again) the case's supervisor review in the supervisor team, urgent, routed
	 * like any work item, and writes who was paged, or that the review waits in the queue, on the case's timeline. The
	 * review ends when an agent answers the customer or acts on the case. Cases routing does not know are ignored; an
	 * open review is left as it is.
	 */
	@Transactional
	public void escalate(TenantId tenant, CaseId caseId, List<String> reasons) {
		Optional<WorkItem> caseItem = items.find(tenant, caseId, WorkKind.CASE);
		if (caseItem.isEmpty()) {
			return;
		}
		Instant now = now();
		PrioritySignals signals = caseItem.get().signals().withUrgency(PrioritySignals.Urgency.CRITICAL);
		Demand demand = new Demand(settings.supervisorTeam(), null, caseItem.get().demand().market(), null, Set.of(),
				Map.of());
		WorkItem review = WorkItem.waiting(caseId, WorkKind.SUPERVISOR_REVIEW, demand, signals, now);
		WorkItem stored = items.insertIfAbsent(tenant, review);
		if (stored != review) {
			if (stored.state() != WorkState.DONE) {
				return;
			}
			WorkItem reopened = items.lock(tenant, stored.id()).orElseThrow();
			items.requeue(tenant, reopened.id(), now);
			items.reprioritise(tenant, reopened.id(), signals, Prioritizer.assess(signals, now), now);
		}
		Optional<AgentId> paged = route(tenant, stored.id(), true);
		Map<String, String> data = new java.util.LinkedHashMap<>();
		data.put("kind", WorkKind.SUPERVISOR_REVIEW.wire());
		data.put("team", settings.supervisorTeam());
		paged.ifPresent(agent -> data.put("agentId", agent.value()));
		cases.appendTimeline(tenant, caseId, "supervisor_paged", Actor.SYSTEM, data,
				(paged.isPresent() ? "supervisor " + paged.get() + " paged" : "waiting in the " + settings.supervisorTeam()
						+ " queue") + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons)));
	}

	/** Ends the case's open supervisor review (an agent answered or acted), freeing the supervisor's capacity. */
	@Transactional
	public void reviewAnswered(TenantId tenant, CaseId caseId, String how) {
		Optional<WorkItem> open = items.find(tenant, caseId, WorkKind.SUPERVISOR_REVIEW)
			.filter(item -> item.state() != WorkState.DONE)
			.flatMap(item -> items.lock(tenant, item.id()));
		if (open.isEmpty() || open.get().state() == WorkState.DONE) {
			return;
		}
		WorkItem item = open.get();
		Instant now = now();
		if (item.state() == WorkState.ASSIGNED && item.agentId() != null) {
			agents.release(tenant, item.agentId());
		}
		items.complete(tenant, item.id(), now);
		history.record(tenant, item, item.agentId(), null, How.DONE, how, "routing", now);
		if (item.state() == WorkState.ASSIGNED && item.agentId() != null) {
			offer(tenant, item.agentId());
		}
	}

	/** Takes a locked, assigned item back from its agent and routes it again, on the case's timeline. */
	private void reassign(TenantId tenant, WorkItem item, String why) {
		AgentId previous = item.agentId();
		if (item.state() != WorkState.ASSIGNED || previous == null) {
			return;
		}
		Instant now = now();
		agents.release(tenant, previous);
		items.requeue(tenant, item.id(), now);
		history.record(tenant, item, null, previous, How.REQUEUED, why, "routing", now);
		Optional<AgentId> next = route(tenant, item.id(), false);
		Map<String, String> data = new java.util.LinkedHashMap<>();
		data.put("kind", item.kind().wire());
		data.put("previousAgentId", previous.value());
		next.ifPresent(agent -> data.put("agentId", agent.value()));
		cases.appendTimeline(tenant, item.caseId(), "reassigned", Actor.SYSTEM, data,
				why + (next.isPresent() ? "; now with " + next.get() : "; waiting in the " + item.team() + " queue"));
	}

	private Instant now() {
		return clock.instant();
	}

}
