package io.crossback.sla;

import io.crossback.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;

import io.crossback.CrossbackApplication;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.cases.Reason;
import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.core.TenantId;

/**
 * Two application instances on one PostgreSQL database, sharing a settable clock: every SLA timer runs once in the
 * cluster, and timers an instance had picked when it died are run by the other one.
 */
@Tag("postgres-only")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlaClusterTests {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

	/** Timer executions per instance name, as db-scheduler reports them. */
	static final Map<String, List<String>> EXECUTED = new ConcurrentHashMap<>();

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoInstances() {
		a = start("instance-a");
		b = start("instance-b");
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { a, b }) {
			if (context != null && context.isActive()) {
				context.close();
			}
		}
	}

	@Test
	@Order(1)
	void eachTimerFiresOnceWhenTwoInstancesShareTheDatabase() {
		TenantId tenant = TenantId.of("cluster-" + UUID.randomUUID().toString().substring(0, 8));
		Instant submitted = Instant.parse("2026-11-23T08:00:00Z"); // Monday 09:00 in Berlin
		CLOCK.set(submitted);
		List<CaseId> cases = submit(a, tenant, 60, submitted);

		CLOCK.set(Instant.parse("2026-11-23T09:00:01Z")); // every first response breached
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			a.getBean(Scheduler.class).triggerCheckForDueExecutions();
			b.getBean(Scheduler.class).triggerCheckForDueExecutions();
			return breaches(tenant) == cases.size();
		});

		List<String> breachTimers = executions(tenant, "/breach/");
		assertThat(breachTimers).as("no duplicates").doesNotHaveDuplicates().hasSize(cases.size());
		assertThat(breachTimers).as("each case's timer ran")
			.containsExactlyInAnyOrderElementsOf(cases.stream()
				.map(c -> tenant + "/" + c + "/first_response/breach/1")
				.toList());
		assertThat(pendingTimers(tenant, "first_response/breach")).isZero();
	}

	@Test
	@Order(2)
	void timersPickedByAnInstanceThatDiedAreRunByTheOther() {
		TenantId tenant = TenantId.of("cluster-" + UUID.randomUUID().toString().substring(0, 8));
		Instant submitted = Instant.parse("2026-11-24T08:00:00Z");
		CLOCK.set(submitted);
		List<CaseId> cases = submit(a, tenant, 10, submitted);
		a.close(); // instance A is gone ...
		int picked = jdbc(b).sql("""
				update scheduled_tasks set picked = true, picked_by = 'instance-a', last_heartbeat = ?,
				version = version + 1 where task_instance like ?""")
			.params(java.sql.Timestamp.from(submitted), tenant + "/%/first_response/breach/%")
			.update();
		assertThat(picked).as("... having picked the breach timers before it died").isEqualTo(cases.size());

		// Past the due instant and A's missed heartbeats. db-scheduler revives a dead execution at the system time, not
		// at its configured clock's, so the test clock must also be ahead of the real one.
		CLOCK.set(Instant.now().plus(Duration.ofDays(1)));
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			b.getBean(Scheduler.class).triggerCheckForDueExecutions();
			return breaches(tenant) == cases.size();
		});
		assertThat(EXECUTED.getOrDefault("instance-b", List.of()).stream()
			.filter(id -> id.startsWith(tenant + "/") && id.contains("/breach/"))
			.toList()).hasSize(cases.size()).doesNotHaveDuplicates();
	}

	static List<CaseId> submit(ConfigurableApplicationContext context, TenantId tenant, int count, Instant at) {
		ServiceLevels serviceLevels = context.getBean(ServiceLevels.class);
		List<CaseId> cases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			CaseId caseId = CaseId.random();
			serviceLevels.on(new CaseSubmitted(tenant, caseId, CaseType.INQUIRY, Reason.OTHER, Channel.EMAIL,
					"order-" + i, CountryCode.of("US"), LanguageCode.of("en"), false, "", at));
			cases.add(caseId);
		}
		return cases;
	}

	static int breaches(TenantId tenant) {
		return jdbc(b).sql("select count(*) from sla_metric where tenant_id = ? and status = 'breached'")
			.param(tenant.value())
			.query(Integer.class)
			.single();
	}

	static int pendingTimers(TenantId tenant, String part) {
		return jdbc(b).sql("select count(*) from scheduled_tasks where task_instance like ?")
			.param(tenant + "/%" + part + "%")
			.query(Integer.class)
			.single();
	}

	static List<String> executions(TenantId tenant, String part) {
		return EXECUTED.values().stream()
			.flatMap(List::stream)
			.filter(id -> id.startsWith(tenant + "/") && id.contains(part))
			.collect(Collectors.toList());
	}

	static JdbcClient jdbc(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class);
	}

	static ConfigurableApplicationContext start(String name) {
		return new SpringApplicationBuilder(CrossbackApplication.class, ClusterConfiguration.class).run(
				"--server.port=0", "--db-scheduler.scheduler-name=" + name, "--db-scheduler.polling-interval=200ms",
				"--db-scheduler.heartbeat-interval=1s", "--crossback.sla.instance-name=" + name);
	}

	/** The shared clock and a recorder of the timers each instance ran. */
	@Configuration(proxyBeanMethods = false)
	static class ClusterConfiguration {

		@Bean
		@Primary
		MutableClock clusterClock() {
			return CLOCK;
		}

		@Bean
		AbstractSchedulerListener executionRecorder(org.springframework.core.env.Environment environment) {
			String instance = environment.getRequiredProperty("crossback.sla.instance-name");
			return new AbstractSchedulerListener() {
				@Override
				public void onExecutionComplete(ExecutionComplete complete) {
					if (complete.getResult() == ExecutionComplete.Result.OK
							&& complete.getExecution().taskInstance.getTaskName().equals(ServiceLevels.TIMER_TASK)) {
						EXECUTED.computeIfAbsent(instance, k -> new CopyOnWriteArrayList<>())
							.add(complete.getExecution().taskInstance.getId());
					}
				}
			};
		}
	}
}
