package io.crossback.routing;

import io.crossback.MutableClock;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.crossback.CrossbackApplication;
import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.cases.Reason;
import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.core.TenantId;

/**
 * Routing decisions with 10,000 waiting cases and 500 agents; not a test (run by {@code bench/routing/run.sh}).
 * <ol>
 * <li><b>core</b>: the pure decision (priority, then hard constraints and scoring over all 500 agents) for 10,000
 * cases, with loads updated as cases are assigned; three warm-up passes, then five measured ones;
 * <li><b>database</b>: the real service on the configured database: 10,000 submissions queue while all agents are
 * offline; 500 agents come online and each takes waiting work up to capacity ({@code for update} on the load row,
 * {@code for update skip locked} on the queue); then 2,000 cases are resolved, each freeing capacity that is refilled
 * from the queue. Capacity is checked at the end.
 * </ol>
 * Prints p50/p99/max per decision in microseconds.
 */
public final class RoutingBenchmark {

	static final int AGENTS = 500;
	static final int CASES = 10_000;
	static final int RESOLUTIONS = 2_000;
	static final List<String> LANGUAGES = List.of("en", "de", "tr", "fr", "es", "it", "pl", "nl");
	static final List<String> MARKETS = List.of("DE", "TR", "FR", "ES", "IT", "PL", "NL", "GB", "US", "AT");
	static final List<String> ZONES = List.of("Europe/Berlin", "Europe/Istanbul", "America/New_York", "Asia/Tokyo",
			"UTC", "Europe/Madrid");
	static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	/** CPU time of the measuring thread: excludes time the shared machine spent running other processes. */
	static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

	private RoutingBenchmark() {
	}

	public static void main(String[] args) {
		boolean database = !Arrays.asList(args).contains("--core-only");
		core();
		if (database) {
			database();
		}
	}

	static void core() {
		Random random = new Random(7);
		List<Candidate> agents = new ArrayList<>();
		for (int i = 0; i < AGENTS; i++) {
			agents.add(new Candidate(new AgentId("agent-" + i), profile(random, i), AgentStatus.ONLINE, 0,
					NOW.minusSeconds(random.nextInt(7200)), null));
		}
		List<CaseSubmitted> cases = new ArrayList<>();
		TenantId tenant = TenantId.of("bench");
		for (int i = 0; i < CASES; i++) {
			cases.add(aCase(random, tenant));
		}
		Dispatcher dispatcher = new Dispatcher(Duration.ofHours(1));

		for (int warmUp = 0; warmUp < 3; warmUp++) {
			run(dispatcher, new ArrayList<>(agents), cases, false);
		}
		for (int iteration = 1; iteration <= 5; iteration++) {
			System.out.printf("core iteration %d%n", iteration);
			run(dispatcher, new ArrayList<>(agents), cases, true);
		}
	}

	private static void run(Dispatcher dispatcher, List<Candidate> agents, List<CaseSubmitted> cases, boolean report) {
		Map<AgentId, Integer> index = new HashMap<>();
		for (int i = 0; i < agents.size(); i++) {
			index.put(agents.get(i).id(), i);
		}
		long[] nanos = new long[cases.size()];
		long[] cpu = new long[cases.size()];
		int assigned = 0;
		for (int i = 0; i < cases.size(); i++) {
			CaseSubmitted c = cases.get(i);
			long startCpu = THREADS.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			Prioritizer.assess(PrioritySignals.of(c.vip(), c.at()), NOW);
			Demand demand = new Demand("customer_service", c.customerLanguage(), c.market(), c.channel(),
					Set.of(c.type().wire(), c.reason().wire()), Map.of());
			var choice = dispatcher.choose(demand, agents, NOW);
			nanos[i] = System.nanoTime() - start;
			cpu[i] = THREADS.getCurrentThreadCpuTime() - startCpu;
			if (choice.isPresent()) {
				int at = index.get(choice.get().agentId());
				Candidate was = agents.get(at);
				agents.set(at, new Candidate(was.id(), was.profile(), was.status(), was.load() + 1, NOW, NOW));
				assigned++;
			}
		}
		long violations = agents.stream().filter(a -> a.load() > a.profile().capacity()).count();
		if (report) {
			print("core: choose among %d agents, wall".formatted(AGENTS), nanos);
			print("core: choose among %d agents, thread cpu".formatted(AGENTS), cpu);
			System.out.printf("core: %d of %d cases assigned, %d capacity violations%n", assigned, cases.size(),
					violations);
		}
	}

	static void database() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CrossbackApplication.class,
				RoutingFixtures.ClockConfig.class)
			.web(WebApplicationType.SERVLET)
			.properties("crossback.routing.sweep-enabled=false", "server.port=0", "spring.main.banner-mode=off",
					"logging.level.root=WARN", "spring.profiles.active=test")
			.run();
		try {
			Random random = new Random(11);
			MutableClock clock = context.getBean(MutableClock.class);
			clock.set(NOW);
			AgentManagement agents = context.getBean(AgentManagement.class);
			Dispatch dispatch = context.getBean(Dispatch.class);
			TenantId tenant = TenantId.of("bench-" + Long.toHexString(System.nanoTime()));

			for (int i = 0; i < AGENTS; i++) {
				agents.create(tenant, "agent-" + i, AgentBody.of(profile(random, i)));
			}

			List<CaseSubmitted> submitted = new ArrayList<>();
			Timer queueing = new Timer(CASES);
			for (int i = 0; i < CASES; i++) {
				CaseSubmitted c = aCase(random, tenant);
				submitted.add(c);
				queueing.start();
				dispatch.caseSubmitted(c);
				queueing.stop();
			}
			queueing.print("db: submit while all agents offline (queue)");

			Timer online = new Timer(AGENTS);
			for (int i = 0; i < AGENTS; i++) {
				online.start();
				agents.setStatus(tenant, "agent-" + i, AgentStatus.ONLINE);
				online.stop();
			}
			online.print("db: agent comes online, takes queued work up to capacity");
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			int assignedAfterOnline = count(jdbc, tenant, "assigned");
			System.out.printf("db: %d assigned, %d still waiting%n", assignedAfterOnline, count(jdbc, tenant, "waiting"));

			WorkItems items = context.getBean(WorkItems.class);
			Timer resolving = new Timer(RESOLUTIONS);
			int resolved = 0;
			for (CaseSubmitted c : submitted) {
				if (resolved == RESOLUTIONS) {
					break;
				}
				var item = items.find(tenant, c.caseId(), WorkKind.CASE).orElseThrow();
				if (item.state() != WorkState.ASSIGNED) {
					continue;
				}
				clock.advance(Duration.ofSeconds(1));
				resolving.start();
				dispatch.caseTransitioned(RoutingFixtures.transitioned(c, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED,
						CaseAction.RESOLVE, Map.of("resolution", "exchange"), clock.instant()));
				resolving.stop();
				resolved++;
			}
			resolving.print("db: case resolved, freed capacity refilled from the queue");

			long violations = jdbc.sql("""
					select count(*) from routing_agent a join routing_agent_load l
					  on l.tenant_id = a.tenant_id and l.agent_id = a.id
					where a.tenant_id = ? and (l.open_items > a.capacity or l.open_items <>
					  (select count(*) from routing_work_item w where w.tenant_id = a.tenant_id and w.agent_id = a.id
					   and w.state = 'assigned'))""")
				.param(tenant.value())
				.query(Long.class)
				.single();
			System.out.printf("db: %d assigned, %d waiting, %d done; %d agents over capacity or miscounted%n",
					count(jdbc, tenant, "assigned"), count(jdbc, tenant, "waiting"), count(jdbc, tenant, "done"),
					violations);
		}
		finally {
			context.close();
		}
	}

	private static int count(JdbcClient jdbc, TenantId tenant, String state) {
		return jdbc.sql("select count(*) from routing_work_item where tenant_id = ? and state = ?")
			.params(tenant.value(), state)
			.query(Integer.class)
			.single();
	}

	static AgentProfile profile(Random random, int i) {
		Map<LanguageCode, LanguageLevel> languages = new LinkedHashMap<>();
		int count = 1 + random.nextInt(3);
		for (int l = 0; l < count; l++) {
			languages.put(LanguageCode.of(LANGUAGES.get(random.nextInt(LANGUAGES.size()))),
					LanguageLevel.values()[random.nextInt(LanguageLevel.values().length)]);
		}
		Set<CountryCode> markets = new java.util.HashSet<>(List.of(CountryCode.of(MARKETS.get(random.nextInt(MARKETS.size()))),
				CountryCode.of(MARKETS.get(random.nextInt(MARKETS.size())))));
		Set<String> skills = Set.of(CaseType.values()[random.nextInt(CaseType.values().length)].wire(),
				Reason.values()[random.nextInt(Reason.values().length)].wire());
		List<Shift> shifts = i % 4 == 0 ? List.of()
				: List.of(new Shift(EnumSet.allOf(DayOfWeek.class), LocalTime.of(random.nextInt(12), 0),
						LocalTime.of(12 + random.nextInt(12), 0)));
		return new AgentProfile("Agent " + i, languages, markets, skills,
				Set.of(Channel.values()[random.nextInt(Channel.values().length)]), Set.of("customer_service"),
				5 + random.nextInt(11), ZoneId.of(ZONES.get(random.nextInt(ZONES.size()))), shifts, Map.of());
	}

	static CaseSubmitted aCase(Random random, TenantId tenant) {
		return new CaseSubmitted(tenant, CaseId.random(), CaseType.values()[random.nextInt(CaseType.values().length)],
				Reason.values()[random.nextInt(Reason.values().length)],
				Channel.values()[random.nextInt(Channel.values().length)], "order",
				CountryCode.of(MARKETS.get(random.nextInt(MARKETS.size()))),
				LanguageCode.of(LANGUAGES.get(random.nextInt(LANGUAGES.size()))), random.nextInt(20) == 0, "",
				NOW.minusSeconds(random.nextInt(86_400)));
	}

	/** Wall and thread-CPU time per operation. */
	static final class Timer {

		private final long[] wall;
		private final long[] cpu;
		private int n;
		private long startWall;
		private long startCpu;

		Timer(int capacity) {
			wall = new long[capacity];
			cpu = new long[capacity];
		}

		void start() {
			startCpu = THREADS.getCurrentThreadCpuTime();
			startWall = System.nanoTime();
		}

		void stop() {
			wall[n] = System.nanoTime() - startWall;
			cpu[n++] = THREADS.getCurrentThreadCpuTime() - startCpu;
		}

		void print(String what) {
			RoutingBenchmark.print(what + ", wall", Arrays.copyOf(wall, n));
			RoutingBenchmark.print(what + ", thread cpu", Arrays.copyOf(cpu, n));
		}
	}

	private static void print(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%-75s n=%-6d p50=%7.1f µs  p99=%8.1f µs  max=%8.1f µs%n", what, sorted.length,
				sorted[sorted.length / 2] / 1e3, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e3,
				sorted[sorted.length - 1] / 1e3);
	}
}
