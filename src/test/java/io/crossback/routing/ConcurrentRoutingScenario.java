package io.crossback.routing;

import static io.crossback.routing.RoutingFixtures.agent;
import static io.crossback.routing.RoutingFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.crossback.core.TenantId;

/**
 * Many routers at once on one database: agents come online (each offering itself waiting work), sweeps run, and new
 * cases are submitted (each looking for an agent), spread over several threads and over one or two application
 * instances. Afterwards no agent holds more than their capacity, every load row equals the agent's assigned items,
 * every assigned item was assigned exactly once, and all capacity is used because work exceeds it.
 */
final class ConcurrentRoutingScenario {

	static final int AGENTS = 20;
	static final int CAPACITY = 3;
	static final int QUEUED_CASES = 120;
	static final int NEW_CASES = 60;
	static final int THREADS = 8;

	private ConcurrentRoutingScenario() {
	}

	/** Runs the scenario with routers from the given instances (one or more contexts on the same database). */
	static void run(TenantId tenant, List<ApplicationContext> instances) throws Exception {
		Clock clock = instances.get(0).getBean(Clock.class);
		AgentManagement setup = instances.get(0).getBean(AgentManagement.class);
		Dispatch setupDispatch = instances.get(0).getBean(Dispatch.class);
		for (int i = 0; i < AGENTS; i++) {
			setup.create(tenant, "agent-" + i, agent("Agent " + i, "tr", "customer_service", CAPACITY, "UTC"));
		}
		for (int i = 0; i < QUEUED_CASES; i++) {
			setupDispatch.caseSubmitted(submitted(tenant, "tr", i % 7 == 0, clock.instant()));
		}

		List<Callable<Object>> work = new ArrayList<>();
		for (int i = 0; i < AGENTS; i++) {
			ApplicationContext instance = instances.get(i % instances.size());
			String agentId = "agent-" + i;
			work.add(() -> instance.getBean(AgentManagement.class).setStatus(tenant, agentId, AgentStatus.ONLINE));
			work.add(() -> instance.getBean(Sweeper.class).sweep(tenant));
		}
		for (int i = 0; i < NEW_CASES; i++) {
			ApplicationContext instance = instances.get(i % instances.size());
			work.add(() -> instance.getBean(Dispatch.class)
				.caseSubmitted(submitted(tenant, "tr", false, instance.getBean(Clock.class).instant())));
		}
		Collections.shuffle(work, new java.util.Random(42));

		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Object>> results = pool.invokeAll(work, 5, TimeUnit.MINUTES);
			for (Future<Object> result : results) {
				result.get(); // rethrows any router's failure: a deadlock or lock timeout fails the test
			}
		}
		finally {
			pool.shutdownNow();
		}

		// a last sweep from every instance settles offers that raced with agents still coming online
		for (ApplicationContext instance : instances) {
			instance.getBean(Sweeper.class).sweep(tenant);
		}

		verify(tenant, instances.get(0).getBean(JdbcClient.class));
	}

	static void verify(TenantId tenant, JdbcClient jdbc) {
		List<int[]> perAgent = jdbc.sql("""
				select l.open_items, a.capacity,
				       (select count(*) from routing_work_item w
				        where w.tenant_id = l.tenant_id and w.agent_id = l.agent_id and w.state = 'assigned') as assigned
				from routing_agent_load l join routing_agent a on a.tenant_id = l.tenant_id and a.id = l.agent_id
				where l.tenant_id = ?""")
			.param(tenant.value())
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) })
			.list();
		assertThat(perAgent).hasSize(AGENTS).allSatisfy(row -> {
			assertThat(row[2]).as("assigned items never exceed capacity").isLessThanOrEqualTo(row[1]);
			assertThat(row[0]).as("the load row counts exactly the assigned items").isEqualTo(row[2]);
		});

		int assigned = jdbc.sql("select count(*) from routing_work_item where tenant_id = ? and state = 'assigned'")
			.param(tenant.value())
			.query(Integer.class)
			.single();
		assertThat(assigned).as("work exceeds capacity, so all capacity is used").isEqualTo(AGENTS * CAPACITY);

		List<Integer> autoAssignmentsPerItem = jdbc.sql("""
				select count(*) from routing_assignment
				where tenant_id = ? and how = 'auto' group by work_item_id""")
			.param(tenant.value())
			.query(Integer.class)
			.list();
		assertThat(autoAssignmentsPerItem).as("no item is assigned twice").hasSize(assigned).containsOnly(1);
	}
}
