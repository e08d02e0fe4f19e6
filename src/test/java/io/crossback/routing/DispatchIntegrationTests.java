package io.crossback.routing;

import io.crossback.MutableClock;
import static io.crossback.routing.RoutingFixtures.agent;
import static io.crossback.routing.RoutingFixtures.newTenant;
import static io.crossback.routing.RoutingFixtures.submitted;
import static io.crossback.routing.RoutingFixtures.transitioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import org.springframework.context.ApplicationEventPublisher;

import io.crossback.cases.Actor;
import java.time.Instant;
import java.util.Currency;

import io.crossback.cases.CaseLine;
import io.crossback.cases.CaseManagement;
import io.crossback.cases.CaseMessagePosted;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.cases.NewCase;
import io.crossback.cases.Reason;
import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.core.Money;
import io.crossback.orders.Customer;
import io.crossback.orders.CustomerTier;
import io.crossback.orders.ItemKind;
import io.crossback.orders.Order;
import io.crossback.orders.OrderLine;
import io.crossback.orders.OrderManagement;
import io.crossback.orders.PaymentMethod;
import io.crossback.cases.MessageAuthor;
import io.crossback.sla.EscalationAction;
import io.crossback.sla.SlaAtRisk;
import io.crossback.sla.SlaBreached;
import io.crossback.sla.SlaMetric;
import io.crossback.triage.Category;
import io.crossback.triage.Emotion;
import io.crossback.triage.MessageTriaged;
import io.crossback.triage.Sentiment;
import io.crossback.triage.Urgency;
import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseViewContributor;
import io.crossback.core.Conflict;
import io.crossback.core.TenantId;

@SpringBootTest(properties = "crossback.routing.sweep-enabled=false")
@Import(RoutingFixtures.ClockConfig.class)
class DispatchIntegrationTests {

	@Autowired AgentManagement agents;
	@Autowired Dispatch dispatch;
	@Autowired WorkItems items;
	@Autowired Assignments history;
	@Autowired Sweeper sweeper;
	@Autowired MutableClock clock;
	@Autowired List<CaseViewContributor> contributors;
	@Autowired ApplicationEventPublisher events;
	@Autowired OrderManagement orders;
	@Autowired CaseManagement cases;

	TenantId tenant = newTenant();

	@BeforeEach
	void resetClock() {
		clock.set(RoutingFixtures.THURSDAY_10_UTC);
	}

	@Test
	void routesANewCaseToAnOnShiftAgentWhoSpeaksTheCustomersLanguage() {
		online(agents.create(tenant, "hans", agent("Hans", "de", "customer_service", 5, "Europe/Berlin")));
		online(agents.create(tenant, "night-aylin",
				agent("Night Aylin", "tr", "customer_service", 5, "Europe/Istanbul", "22:00", "06:00")));
		online(agents.create(tenant, "aylin",
				agent("Aylin", "tr", "customer_service", 5, "Europe/Istanbul", "09:00", "17:00")));

		CaseSubmitted turkish = submitted(tenant, "tr", false, clock.instant());
		assertThat(dispatch.caseSubmitted(turkish)).contains(new AgentId("aylin"));

		assertThat(view("owner", turkish.caseId())).get()
			.isEqualTo(new RoutingViews.Owner("aylin", clock.instant()));
		assertThat(view("queue", turkish.caseId())).contains("customer_service");
		assertThat(view("priority", turkish.caseId())).contains(new RoutingViews.PriorityView("normal", 40, List.of()));
		assertThat(agents.get(tenant, "aylin").openItems()).isEqualTo(1);
		assertThat(history.ofCase(tenant, turkish.caseId())).singleElement()
			.satisfies(entry -> assertThat(entry.how()).isEqualTo("auto"))
			.satisfies(entry -> assertThat(entry.reason()).contains("language tr native"));
	}

	@Test
	void aVipCaseShowsItsGreenChannelPriority() {
		CaseSubmitted vip = submitted(tenant, "tr", true, clock.instant().minus(Duration.ofHours(2)));
		dispatch.caseSubmitted(vip);

		assertThat(view("priority", vip.caseId()))
			.contains(new RoutingViews.PriorityView("high", 66, List.of("vip green channel +50%", "waiting 2h +4")));
		assertThat(view("owner", vip.caseId())).isEmpty();
	}

	@Test
	void queuesWhenNobodyIsEligibleAndHandsOverWhenAnAgentComesOnline() {
		agents.create(tenant, "aylin", agent("Aylin", "tr", "customer_service", 5, "Europe/Istanbul"));
		CaseSubmitted normal = submitted(tenant, "tr", false, clock.instant().minus(Duration.ofHours(1)));
		CaseSubmitted vip = submitted(tenant, "tr", true, clock.instant());

		assertThat(dispatch.caseSubmitted(normal)).isEmpty();
		assertThat(dispatch.caseSubmitted(vip)).isEmpty();
		assertThat(items.queue(tenant, "customer_service", 10)).extracting(WorkItem::caseId)
			.containsExactly(vip.caseId(), normal.caseId());
		assertThat(history.ofCase(tenant, vip.caseId())).extracting(Assignments.Entry::how).containsExactly("queued");

		online("aylin");

		assertThat(items.queue(tenant, "customer_service", 10)).isEmpty();
		assertThat(view("owner", vip.caseId())).isPresent();
		assertThat(view("owner", normal.caseId())).isPresent();
		assertThat(agents.get(tenant, "aylin").openItems()).isEqualTo(2);
	}

	@Test
	void freedCapacityTakesTheNextWaitingCaseAndTheOwnerStaysTheOwner() {
		online(agents.create(tenant, "aylin", agent("Aylin", "tr", "customer_service", 1, "Europe/Istanbul")));
		CaseSubmitted first = submitted(tenant, "tr", false, clock.instant());
		CaseSubmitted second = submitted(tenant, "tr", false, clock.instant());
		dispatch.caseSubmitted(first);
		assertThat(dispatch.caseSubmitted(second)).isEmpty();

		clock.advance(Duration.ofMinutes(30));
		dispatch.caseTransitioned(transitioned(first, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseAction.RESOLVE,
				Map.of("resolution", "exchange"), clock.instant()));

		assertThat(view("owner", first.caseId())).isPresent();
		assertThat(items.find(tenant, first.caseId(), WorkKind.CASE).orElseThrow().state()).isEqualTo(WorkState.DONE);
		assertThat(view("owner", second.caseId())).contains(new RoutingViews.Owner("aylin", clock.instant()));
		assertThat(agents.get(tenant, "aylin").openItems()).isEqualTo(1);
	}

	@Test
	void departmentHandOffsCreateTasksRoutedToTheirTeamsWhileTheOwnerKeepsTheCase() {
		online(agents.create(tenant, "aylin", agent("Aylin", "tr", "customer_service", 5, "Europe/Istanbul")));
		online(agents.create(tenant, "lars", agent("Lars", "de", "logistics", 5, "Europe/Berlin")));
		online(agents.create(tenant, "wanda", agent("Wanda", "de", "warehouse", 5, "Europe/Berlin")));
		CaseSubmitted aCase = submitted(tenant, "tr", false, clock.instant());
		dispatch.caseSubmitted(aCase);

		dispatch.caseTransitioned(transitioned(aCase, CaseStatus.SUBMITTED, CaseStatus.AWAITING_RETURN,
				CaseAction.APPROVE, Map.of(), clock.instant()));
		assertThat(tasks(aCase.caseId())).extracting(RoutingViews.Task::kind, RoutingViews.Task::agentId, RoutingViews.Task::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("logistics_pickup", "lars", "assigned"));

		dispatch.caseTransitioned(transitioned(aCase, CaseStatus.IN_TRANSIT, CaseStatus.RECEIVED, CaseAction.RECEIVE,
				Map.of(), clock.instant()));
		assertThat(tasks(aCase.caseId())).extracting(RoutingViews.Task::kind, RoutingViews.Task::agentId, RoutingViews.Task::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("logistics_pickup", "lars", "done"),
					org.assertj.core.groups.Tuple.tuple("warehouse_inspection", "wanda", "assigned"));
		assertThat(agents.get(tenant, "lars").openItems()).isZero();

		dispatch.caseTransitioned(transitioned(aCase, CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, CaseAction.RESOLVE,
				Map.of("resolution", "refund"), clock.instant()));
		// nobody in finance yet: the payout task waits in the finance queue
		assertThat(items.queue(tenant, "finance", 10)).extracting(WorkItem::caseId).containsExactly(aCase.caseId());
		assertThat(view("owner", aCase.caseId())).get().extracting(o -> ((RoutingViews.Owner) o).agentId())
			.isEqualTo("aylin");
	}

	@Test
	void manualAssignmentNeverExceedsCapacity() {
		online(agents.create(tenant, "aylin", agent("Aylin", "tr", "customer_service", 1, "Europe/Istanbul")));
		CaseSubmitted first = submitted(tenant, "tr", false, clock.instant());
		CaseSubmitted second = submitted(tenant, "tr", false, clock.instant());
		dispatch.caseSubmitted(first);
		dispatch.caseSubmitted(second);

		assertThatThrownBy(() -> dispatch.assign(tenant, second.caseId(), new AgentId("aylin"), "why not", Actor.SYSTEM))
			.isInstanceOf(Conflict.class)
			.extracting(e -> ((Conflict) e).problemType())
			.isEqualTo("agent-at-capacity");
	}

	@Test
	void aRedeliveredSubmissionChangesNothing() {
		online(agents.create(tenant, "aylin", agent("Aylin", "tr", "customer_service", 5, "Europe/Istanbul")));
		CaseSubmitted aCase = submitted(tenant, "tr", false, clock.instant());

		dispatch.caseSubmitted(aCase);
		dispatch.caseSubmitted(aCase);

		assertThat(agents.get(tenant, "aylin").openItems()).isEqualTo(1);
		assertThat(history.ofCase(tenant, aCase.caseId())).hasSize(1);
	}

	@Test
	void theSweepHandsWaitingWorkToAnAgentWhoseShiftHasStarted() {
		// New York 09:00-17:00: at 10:00 UTC it is 05:00 there
		online(agents.create(tenant, "nora", agent("Nora", "en", "customer_service", 5, "America/New_York", "09:00", "17:00")));
		CaseSubmitted english = submitted(tenant, "en", false, clock.instant());
		assertThat(dispatch.caseSubmitted(english)).isEmpty();
		assertThat(sweeper.sweep(tenant)).isZero();

		clock.advance(Duration.ofHours(4)); // 14:00 UTC, 09:00 in New York

		assertThat(sweeper.sweep(tenant)).isEqualTo(1);
		assertThat(view("owner", english.caseId())).get().extracting(o -> ((RoutingViews.Owner) o).agentId())
			.isEqualTo("nora");
	}

	@Test
	void anSlaAtRiskRaisesTheWaitingCaseToTheFrontOfTheQueue() {
		CaseSubmitted older = submitted(tenant, "tr", false, clock.instant().minus(Duration.ofHours(3)));
		CaseSubmitted atRisk = submitted(tenant, "tr", false, clock.instant());
		dispatch.caseSubmitted(older);
		dispatch.caseSubmitted(atRisk);
		assertThat(items.queue(tenant, "customer_service", 10)).extracting(WorkItem::caseId)
			.containsExactly(older.caseId(), atRisk.caseId());

		dispatch.signal(tenant, atRisk.caseId(), signals -> signals.withSlaRisk(
				new PrioritySignals.SlaRisk("first_response", PrioritySignals.SlaState.AT_RISK)), true,
				"sla first_response at risk");

		assertThat(items.queue(tenant, "customer_service", 10)).extracting(WorkItem::caseId)
			.containsExactly(atRisk.caseId(), older.caseId());
		assertThat(view("priority", atRisk.caseId()))
			.contains(new RoutingViews.PriorityView("high", 60, List.of("sla first_response at risk +20")));
	}

	@Test
	void aStaleVersionCannotOverwriteAnAgent() {
		Agent created = agents.create(tenant, "aylin", agent("Aylin", "tr", "customer_service", 5, "Europe/Istanbul"));
		agents.update(tenant, "aylin", agent("Aylin", "tr", "customer_service", 6, "Europe/Istanbul"), created.version());

		assertThatThrownBy(() -> agents.update(tenant, "aylin",
				agent("Aylin", "tr", "customer_service", 9, "Europe/Istanbul"), created.version()))
			.isInstanceOf(StaleAgent.class);
		assertThat(agents.get(tenant, "aylin").profile().capacity()).isEqualTo(6);
	}

	@Test // #7: triage's urgency and mood feed the priority, with reasons
	void triageUrgencyAndAnxietyRaiseTheCaseAndSayWhy() {
		CaseSubmitted aCase = submitted(tenant, "tr", false, clock.instant());
		dispatch.caseSubmitted(aCase);

		events.publishEvent(triaged(aCase, Urgency.HIGH, false, Emotion.ANXIETY, Emotion.DISAPPOINTMENT));

		assertThat(view("priority", aCase.caseId())).contains(new RoutingViews.PriorityView("high", 65,
				List.of("triage urgency high +15", "customer anxious +10")));
	}

	@Test // #6/#7: an escalation pages a supervisor, and the review ends when an agent answers
	void anEscalationPagesAnOnlineSupervisorAndEndsWhenAnAgentAnswers() {
		online(agents.create(tenant, "aylin", agent("Aylin", "tr", "customer_service", 5, "Europe/Istanbul")));
		online(agents.create(tenant, "sam", agent("Sam", "en", "supervisors", 3, "Europe/Berlin")));
		CaseId aCase = realCase();

		events.publishEvent(triaged(aCase, Urgency.HIGH, true, Emotion.ANGER));

		assertThat(tasks(aCase)).extracting(RoutingViews.Task::kind, RoutingViews.Task::agentId,
				RoutingViews.Task::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("supervisor_review", "sam", "assigned"));
		assertThat(view("priority", aCase)).get()
			.extracting(p -> ((RoutingViews.PriorityView) p).reasons())
			.isEqualTo(List.of("triage urgency critical +30", "customer angry +10"));
		assertThat(agents.get(tenant, "sam").openItems()).isEqualTo(1);
		assertThat(view("owner", aCase)).get().extracting(o -> ((RoutingViews.Owner) o).agentId())
			.as("the first-contact owner keeps the case").isEqualTo("aylin");

		events.publishEvent(triaged(aCase, Urgency.CRITICAL, true, Emotion.ANGER));
		assertThat(agents.get(tenant, "sam").openItems()).as("an open review is not paged twice").isEqualTo(1);

		events.publishEvent(new CaseMessagePosted(tenant, aCase, 2, MessageAuthor.AGENT, "Wir kümmern uns",
				clock.instant()));

		assertThat(tasks(aCase)).extracting(RoutingViews.Task::kind, RoutingViews.Task::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("supervisor_review", "done"));
		assertThat(agents.get(tenant, "sam").openItems()).isZero();
	}

	@Test // #7: without a supervisor online the review waits in the supervisors' queue, first
	void anEscalationWithoutSupervisorsWaitsAtTheTopOfTheirQueue() {
		clock.advance(Duration.ofHours(-5));
		CaseId calm = realCase();
		clock.advance(Duration.ofHours(5));
		CaseId angry = realCase();

		events.publishEvent(triaged(angry, Urgency.NORMAL, true, Emotion.ANGER));

		assertThat(items.queue(tenant, "supervisors", 10)).extracting(WorkItem::caseId, WorkItem::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(angry, WorkKind.SUPERVISOR_REVIEW));
		assertThat(items.queue(tenant, "customer_service", 10)).extracting(WorkItem::caseId)
			.containsExactly(angry, calm);
	}

	@Test // #7: a breached SLA whose policy says reassign moves the case from an owner who is away
	void aBreachedSlaReassignsTheCaseOfAnAwayOwner() {
		online(agents.create(tenant, "aylin", agent("Aylin", "tr", "customer_service", 5, "Europe/Istanbul")));
		CaseId aCase = realCase();
		agents.setStatus(tenant, "aylin", AgentStatus.AWAY);
		online(agents.create(tenant, "emre", agent("Emre", "tr", "customer_service", 5, "Europe/Istanbul")));

		events.publishEvent(new SlaAtRisk(tenant, aCase, SlaMetric.FIRST_RESPONSE, "p", clock.instant(),
				List.of(EscalationAction.NOTIFY_TEAM_LEAD), clock.instant()));
		assertThat(view("owner", aCase)).get().extracting(o -> ((RoutingViews.Owner) o).agentId())
			.as("at risk without reassign: raised, not moved").isEqualTo("aylin");

		events.publishEvent(new SlaBreached(tenant, aCase, SlaMetric.FIRST_RESPONSE, "p", clock.instant(),
				List.of(EscalationAction.RAISE_PRIORITY, EscalationAction.REASSIGN), clock.instant()));

		assertThat(view("owner", aCase)).get().extracting(o -> ((RoutingViews.Owner) o).agentId())
			.isEqualTo("emre");
		assertThat(view("priority", aCase)).get()
			.extracting(p -> ((RoutingViews.PriorityView) p).reasons())
			.isEqualTo(List.of("sla first_response breached +35"));
		assertThat(history.ofCase(tenant, aCase)).extracting(Assignments.Entry::how)
			.containsExactly("auto", "requeued", "auto");
	}

	private MessageTriaged triaged(CaseSubmitted aCase, Urgency urgency, boolean escalate, Emotion... emotions) {
		return triaged(aCase.caseId(), urgency, escalate, emotions);
	}

	private MessageTriaged triaged(CaseId aCase, Urgency urgency, boolean escalate, Emotion... emotions) {
		return new MessageTriaged(tenant, aCase, 1, Category.DAMAGED_DEFECTIVE, "tr", Sentiment.NEGATIVE, -0.8,
				List.of(emotions), urgency, escalate, List.of("test"), "test-model", clock.instant());
	}

	/** A real case of a Turkish customer (routed in its intake transaction), for steps that write its timeline. */
	private CaseId realCase() {
		String orderId = "SO-" + java.util.UUID.randomUUID();
		Instant now = clock.instant();
		orders.upsert(new Order(tenant, orderId, 0, new Customer("C-1", null, null, LanguageCode.of("tr"),
				CountryCode.of("TR"), CustomerTier.STANDARD), CountryCode.of("TR"), Currency.getInstance("TRY"),
				now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(2)), PaymentMethod.CARD,
				List.of(new OrderLine("1", "SHOE-42", "Shoe", "shoes", 1, Money.of("100.00", "TRY"), ItemKind.NORMAL)),
				now), Optional.empty());
		return cases.submit(tenant, orderId, orderId, new NewCase(orderId, CaseType.RETURN, Reason.DAMAGED_IN_TRANSIT,
				List.of(new CaseLine("1", 1)), null, Channel.PORTAL, null), Actor.SYSTEM).result().id();
	}

	private void online(Agent agent) {
		online(agent.id().value());
	}

	private void online(String agentId) {
		agents.setStatus(tenant, agentId, AgentStatus.ONLINE);
	}

	private Optional<Object> view(String key, CaseId caseId) {
		return contributors.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().contribute(tenant, caseId);
	}

	@SuppressWarnings("unchecked")
	private List<RoutingViews.Task> tasks(CaseId caseId) {
		return (List<RoutingViews.Task>) view("tasks", caseId).orElseThrow();
	}
}
