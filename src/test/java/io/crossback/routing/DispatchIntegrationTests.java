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

import io.crossback.cases.Actor;
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
