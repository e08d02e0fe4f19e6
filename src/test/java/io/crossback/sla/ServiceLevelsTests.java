package io.crossback.sla;

import io.crossback.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;

import io.crossback.cases.Actor;
import io.crossback.cases.ActorRole;
import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseMessagePosted;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseTransitioned;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.cases.MessageAuthor;
import io.crossback.cases.Reason;
import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.sla.SlaView.MetricBody;
import io.crossback.triage.Category;
import io.crossback.triage.Emotion;
import io.crossback.triage.MessageTriaged;
import io.crossback.triage.Sentiment;
import io.crossback.triage.Urgency;

class ServiceLevelsTests extends SlaTestSupport {

	static final Actor AGENT = new Actor(ActorRole.AGENT, "agent-1");

	@Autowired
	ServiceLevels serviceLevels;

	@Autowired
	SlaView view;

	@Autowired
	MutableClock clock;

	@Autowired
	Scheduler scheduler;

	@Autowired
	SlaTestConfiguration.Escalations escalations;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher publisher;

	CaseId caseId = CaseId.random();

	@Test // #5
	void caseSubmittedFridayEveningInBerlinIsDueAfterTheWeekendAndWhitMonday() {
		Instant friday1755 = Instant.parse("2026-05-22T15:55:00Z");
		clock.set(friday1755);
		submit(CaseType.RETURN, "DE", friday1755);

		MetricBody firstResponse = metric(SlaMetric.FIRST_RESPONSE);
		assertThat(firstResponse.dueAt()).isEqualTo("2026-05-26T07:55:00Z");
		assertThat(firstResponse.target()).isEqualTo("PT1H");
		assertThat(firstResponse.calendarId()).isEqualTo("default");
		assertThat(firstResponse.status()).isEqualTo("active");
		assertThat(firstResponse.remaining()).isEqualTo("PT1H");

		clock.set(Instant.parse("2026-05-26T07:10:00Z")); // Tuesday 09:10: five minutes on Friday, ten today
		assertThat(metric(SlaMetric.FIRST_RESPONSE).elapsed()).isEqualTo("PT15M");
		assertThat(metric(SlaMetric.FIRST_RESPONSE).remaining()).isEqualTo("PT45M");
		assertThat(view.view(tenant, caseId).orElseThrow().policy()).isEqualTo("core-markets");
	}

	@Test // #5
	void pausingWhileAwaitingInfoShiftsTheDueInstantByThePausedBusinessTime() {
		Instant monday0900 = Instant.parse("2026-11-23T08:00:00Z");
		clock.set(monday0900);
		submit(CaseType.RETURN, "DE", monday0900);
		assertThat(metric(SlaMetric.RESOLUTION).dueAt()).as("seven working days").isEqualTo("2026-12-02T17:00:00Z");

		Instant monday1100 = Instant.parse("2026-11-23T10:00:00Z");
		transition(CaseStatus.SUBMITTED, CaseStatus.AWAITING_INFO, CaseAction.REQUEST_INFO, monday1100);
		clock.set(Instant.parse("2026-11-24T12:00:00Z"));
		MetricBody paused = metric(SlaMetric.RESOLUTION);
		assertThat(paused.status()).isEqualTo("paused");
		assertThat(paused.dueAt()).isNull();
		assertThat(paused.elapsed()).isEqualTo("PT2H");
		assertThat(paused.remaining()).isEqualTo("PT70H");

		Instant wednesday1300 = Instant.parse("2026-11-25T12:00:00Z");
		transition(CaseStatus.AWAITING_INFO, CaseStatus.SUBMITTED, CaseAction.PROVIDE_INFO, wednesday1300);
		// 20 business hours paused (Mon 11-18, Tue 9-18, Wed 9-13): 2 Dec 18:00 + 20h = Mon 7 Dec 11:00 CET
		MetricBody resumed = metric(SlaMetric.RESOLUTION);
		assertThat(resumed.status()).isEqualTo("active");
		assertThat(resumed.dueAt()).isEqualTo("2026-12-07T10:00:00Z");
		assertThat(metric(SlaMetric.FIRST_RESPONSE).dueAt()).as("not paused by its target")
			.isEqualTo("2026-11-23T09:00:00Z");
	}

	@Test // #5
	void breachTimerFiresOnceAndPublishesTheBreachWithItsEscalations() {
		Instant submitted = Instant.parse("2026-11-23T08:00:00Z");
		clock.set(submitted);
		submit(CaseType.INQUIRY, "DE", submitted);

		clock.set(Instant.parse("2026-11-23T08:45:00Z"));
		scheduler.triggerCheckForDueExecutions();
		await().atMost(Duration.ofSeconds(10)).until(() -> metric(SlaMetric.FIRST_RESPONSE).atRisk());
		assertThat(escalationsOfTenant()).singleElement().isInstanceOfSatisfying(SlaAtRisk.class, e -> {
			assertThat(e.metric()).isEqualTo(SlaMetric.FIRST_RESPONSE);
			assertThat(e.dueAt()).isEqualTo("2026-11-23T09:00:00Z");
			assertThat(e.actions()).containsExactly(EscalationAction.NOTIFY_TEAM_LEAD, EscalationAction.ADD_INTERNAL_NOTE);
		});

		clock.set(Instant.parse("2026-11-23T09:00:00Z"));
		scheduler.triggerCheckForDueExecutions();
		await().atMost(Duration.ofSeconds(10)).until(() -> metric(SlaMetric.FIRST_RESPONSE).status().equals("breached"));
		assertThat(escalationsOfTenant()).hasSize(2).last().isInstanceOfSatisfying(SlaBreached.class, e -> {
			assertThat(e.metric()).isEqualTo(SlaMetric.FIRST_RESPONSE);
			assertThat(e.caseId()).isEqualTo(caseId);
			assertThat(e.actions()).contains(EscalationAction.RAISE_PRIORITY, EscalationAction.REASSIGN);
		});

		serviceLevels.fire(new TimerId(tenant, caseId, SlaMetric.FIRST_RESPONSE, TimerId.Kind.BREACH, 1));
		assertThat(escalationsOfTenant()).as("a timer run again escalates nothing").hasSize(2);
		assertThat(metric(SlaMetric.FIRST_RESPONSE).remaining()).isEqualTo("PT0S");
	}

	@Test // #5
	void agentReplyAchievesTheFirstResponseAndItsTimersFireHarmlessly() {
		Instant submitted = Instant.parse("2026-11-23T08:00:00Z");
		clock.set(submitted);
		submit(CaseType.INQUIRY, "DE", submitted);

		message(MessageAuthor.INTERNAL, Instant.parse("2026-11-23T08:10:00Z"));
		assertThat(metric(SlaMetric.FIRST_RESPONSE).status()).as("an internal note is no reply").isEqualTo("active");
		message(MessageAuthor.AGENT, Instant.parse("2026-11-23T08:20:00Z"));
		clock.set(Instant.parse("2026-11-23T10:00:00Z"));
		MetricBody achieved = metric(SlaMetric.FIRST_RESPONSE);
		assertThat(achieved.status()).isEqualTo("achieved");
		assertThat(achieved.elapsed()).isEqualTo("PT20M");
		assertThat(achieved.remaining()).isEqualTo("PT40M");

		scheduler.triggerCheckForDueExecutions();
		await().atMost(Duration.ofSeconds(10)).until(() -> scheduler.getScheduledExecutions().stream()
			.noneMatch(e -> e.getTaskInstance().getId().startsWith(tenant + "/" + caseId + "/first_response/")));
		assertThat(escalationsOfTenant()).isEmpty();
		assertThat(metric(SlaMetric.FIRST_RESPONSE).status()).isEqualTo("achieved");
	}

	@Test // #5
	void aReplyAfterTheDueInstantIsABreachEvenBeforeTheTimerFires() {
		Instant submitted = Instant.parse("2026-11-23T08:00:00Z");
		clock.set(submitted);
		submit(CaseType.INQUIRY, "DE", submitted);
		message(MessageAuthor.AGENT, Instant.parse("2026-11-23T09:30:00Z"));
		assertThat(metric(SlaMetric.FIRST_RESPONSE).status()).isEqualTo("breached");
	}

	@Test // #5
	void customerMessageAfterTheFirstReplyStartsTheNextResponse() {
		Instant submitted = Instant.parse("2026-11-23T08:00:00Z");
		clock.set(submitted);
		submit(CaseType.INQUIRY, "DE", submitted);
		message(MessageAuthor.CUSTOMER, Instant.parse("2026-11-23T08:05:00Z"));
		assertThat(metrics()).doesNotContainKey("next_response");
		message(MessageAuthor.AGENT, Instant.parse("2026-11-23T08:10:00Z"));
		message(MessageAuthor.CUSTOMER, Instant.parse("2026-11-23T16:00:00Z")); // 17:00 Berlin
		assertThat(metric(SlaMetric.NEXT_RESPONSE).dueAt()).as("4 business hours").isEqualTo("2026-11-24T11:00:00Z");
	}

	@Test // #5
	void returnFlowStartsAndAchievesPickupAndInspectionOnRealEvents() {
		Instant submitted = Instant.parse("2026-11-20T09:00:00Z");
		clock.set(submitted);
		submit(CaseType.RETURN, "DE", submitted);
		Instant approved = Instant.parse("2026-11-20T10:00:00Z");
		transition(CaseStatus.SUBMITTED, CaseStatus.AWAITING_RETURN, CaseAction.APPROVE, approved);
		assertThat(metric(SlaMetric.APPROVAL_DECISION).status()).as("no target, not measured").isNull();
		assertThat(metric(SlaMetric.PICKUP).dueAt()).as("48 hours, 24/7").isEqualTo("2026-11-22T10:00:00Z");
		assertThat(metric(SlaMetric.RESOLUTION).status()).as("waits for the parcel").isEqualTo("paused");

		transition(CaseStatus.AWAITING_RETURN, CaseStatus.IN_TRANSIT, CaseAction.SHIP, Instant.parse("2026-11-21T10:00:00Z"));
		assertThat(metric(SlaMetric.PICKUP).status()).isEqualTo("achieved");
		transition(CaseStatus.IN_TRANSIT, CaseStatus.RECEIVED, CaseAction.RECEIVE, Instant.parse("2026-11-23T10:00:00Z"));
		assertThat(metric(SlaMetric.INSPECTION).dueAt()).isEqualTo("2026-11-24T10:00:00Z");
		assertThat(metric(SlaMetric.RESOLUTION).status()).isEqualTo("active");
		transition(CaseStatus.RECEIVED, CaseStatus.INSPECTED, CaseAction.INSPECT, Instant.parse("2026-11-23T15:00:00Z"));
		assertThat(metric(SlaMetric.INSPECTION).status()).isEqualTo("achieved");
		assertThat(metric(SlaMetric.INSPECTION).elapsed()).isEqualTo("PT5H");
		transition(CaseStatus.INSPECTED, CaseStatus.RESOLVED, CaseAction.RESOLVE, Instant.parse("2026-11-24T10:00:00Z"));
		assertThat(metric(SlaMetric.RESOLUTION).status()).isEqualTo("achieved");
		transition(CaseStatus.RESOLVED, CaseStatus.CLOSED, CaseAction.CLOSE, Instant.parse("2026-11-24T11:00:00Z"));
		assertThat(metric(SlaMetric.FIRST_RESPONSE).status()).as("never answered, case closed").isEqualTo("stopped");
	}

	@Test // #5
	void casesOutsideCoreMarketsHaveNoCompletionPromise() {
		Instant submitted = Instant.parse("2026-11-23T08:00:00Z");
		submit(CaseType.RETURN, "US", submitted);
		assertThat(view.view(tenant, caseId).orElseThrow().policy()).isEqualTo("all-markets");
		assertThat(metrics()).containsKey("first_response").doesNotContainKey("resolution");
	}

	@Test // #5: events arrive in the case's own transaction; a case sla never saw is not measured and fails nothing
	void eventsOfACaseSlaNeverSawChangeNothing() {
		Instant at = Instant.parse("2027-01-11T08:00:00Z");
		message(MessageAuthor.AGENT, at);
		transition(CaseStatus.SUBMITTED, CaseStatus.AWAITING_RETURN, CaseAction.APPROVE, at);
		assertThat(view.view(tenant, caseId)).isEmpty();
	}

	@Test // #6: a customer at the edge gets a human within 10 minutes, also on a Saturday night
	void anEscalationStartsATenMinuteClockThatAnAgentsReplyAchieves() {
		Instant saturdayNight = Instant.parse("2026-11-28T22:00:00Z");
		clock.set(saturdayNight);
		submit(CaseType.COMPLAINT, "DE", saturdayNight);
		triaged(false, Urgency.HIGH, saturdayNight.plusSeconds(5));
		assertThat(metrics()).as("high urgency alone pages nobody").doesNotContainKey("escalation_response");

		triaged(true, Urgency.HIGH, saturdayNight.plusSeconds(10));
		MetricBody started = metric(SlaMetric.ESCALATION_RESPONSE);
		assertThat(started.status()).isEqualTo("active");
		assertThat(started.dueAt()).isEqualTo("2026-11-28T22:10:10Z");

		triaged(true, Urgency.CRITICAL, saturdayNight.plusSeconds(60));
		assertThat(metric(SlaMetric.ESCALATION_RESPONSE).dueAt()).as("a running clock is kept")
			.isEqualTo("2026-11-28T22:10:10Z");

		message(MessageAuthor.AGENT, saturdayNight.plusSeconds(6 * 60));
		assertThat(metric(SlaMetric.ESCALATION_RESPONSE).status()).isEqualTo("achieved");
	}

	@Test // #6: nobody answered: the breach is published with the policy's escalations (routing reassigns)
	void anUnansweredEscalationBreachesAfterTenMinutes() {
		Instant submitted = Instant.parse("2026-11-23T08:00:00Z");
		clock.set(submitted);
		submit(CaseType.INQUIRY, "DE", submitted);
		triaged(true, Urgency.CRITICAL, submitted);

		clock.set(submitted.plus(Duration.ofMinutes(10)));
		scheduler.triggerCheckForDueExecutions();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> metric(SlaMetric.ESCALATION_RESPONSE).status().equals("breached"));
		assertThat(escalationsOfTenant()).filteredOn(SlaBreached.class::isInstance).singleElement()
			.isInstanceOfSatisfying(SlaBreached.class, e -> {
				assertThat(e.metric()).isEqualTo(SlaMetric.ESCALATION_RESPONSE);
				assertThat(e.actions()).contains(EscalationAction.REASSIGN);
			});
		assertThat(metric(SlaMetric.FIRST_RESPONSE).status()).isEqualTo("active");
	}

	void triaged(boolean escalate, Urgency urgency, Instant at) {
		serviceLevels.on(new MessageTriaged(tenant, caseId, 1, Category.OTHER, "de", Sentiment.NEGATIVE, -0.9,
				List.of(Emotion.ANGER), urgency, escalate, List.of("test"), "test", at));
	}

	void submit(CaseType type, String market, Instant at) {
		serviceLevels.on(new CaseSubmitted(tenant, caseId, type, Reason.DEFECTIVE, Channel.PORTAL, "order-1",
				CountryCode.of(market), LanguageCode.of("de"), false, "", at));
	}

	void transition(CaseStatus from, CaseStatus to, CaseAction action, Instant at) {
		serviceLevels.on(new CaseTransitioned(tenant, caseId, CaseType.RETURN, CountryCode.of("DE"), from, to, action,
				AGENT, Map.of(), at));
	}

	void message(MessageAuthor author, Instant at) {
		serviceLevels.on(new CaseMessagePosted(tenant, caseId, at.toEpochMilli(), author, "text", at));
	}

	Map<String, MetricBody> metrics() {
		return view.view(tenant, caseId).orElseThrow().metrics().stream()
			.collect(java.util.stream.Collectors.toMap(MetricBody::metric, m -> m));
	}

	MetricBody metric(SlaMetric metric) {
		return metrics().getOrDefault(metric.wire(), new MetricBody(metric.wire(), "", "", null, null, "", "", false));
	}

	List<Object> escalationsOfTenant() {
		return escalations.events.stream()
			.filter(e -> (e instanceof SlaAtRisk r && r.tenantId().equals(tenant))
					|| (e instanceof SlaBreached b && b.tenantId().equals(tenant)))
			.toList();
	}
}
