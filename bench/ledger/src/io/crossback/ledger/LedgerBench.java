package io.crossback.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;
import io.crossback.ledger.tlog.Hashes;
import io.crossback.ledger.tlog.NodeId;
import io.crossback.ledger.tlog.ProofVerifier;
import io.crossback.ledger.tlog.Ranges;

/** See run.sh. Prints the figures recorded in BENCHMARKS.md. */
public final class LedgerBench {

	static final String URL = "jdbc:postgresql://127.0.0.1:5432/ledger_bench?currentSchema=";

	public static void main(String[] args) throws Exception {
		switch (args.length == 0 ? "" : args[0]) {
			case "sequencing" -> sequencing(arg(args, 1, 200_000), arg(args, 2, 30), arg(args, 3, 20_000));
			case "phases" -> phases();
			case "proofs" -> proofs(arg(args, 1, 10_000_000), arg(args, 2, 20_000), arg(args, 3, 10));
			default -> System.err.println(
					"usage: sequencing [backlog] [seconds] [rate] | phases | proofs [leaves] [samples] [memory level]");
		}
	}

	static int arg(String[] args, int i, int fallback) {
		return args.length > i ? Integer.parseInt(args[i]) : fallback;
	}

	record Log(HikariDataSource ds, LogStore store, Sequencer sequencer, LedgerSettings settings, SigningKeys keys) {
	}

	static Log open(String schema, boolean fresh, int batchSize) {
		return open(schema, fresh, batchSize, 10);
	}

	static Log open(String schema, boolean fresh, int batchSize, int proofMemoryLevel) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(URL + schema);
		config.setUsername("postgres");
		config.setMaximumPoolSize(4);
		HikariDataSource ds = new HikariDataSource(config);
		Flyway flyway = Flyway.configure()
			.dataSource(ds)
			.schemas(schema)
			.locations("classpath:db/migration")
			.outOfOrder(true)
			.cleanDisabled(false)
			.load();
		if (fresh) {
			flyway.clean();
		}
		flyway.migrate();
		LedgerSettings settings = new LedgerSettings("bench.crossback.localhost/ledger", List.of(), null, List.of(),
				null, false, Duration.ofMillis(50), batchSize, proofMemoryLevel);
		SigningKeys keys = new SigningKeys(settings, false);
		LogStore store = new LogStore(JdbcClient.create(ds), new JdbcTemplate(ds));
		Sequencer sequencer = new Sequencer(store, keys, settings, Clock.systemUTC(),
				new DataSourceTransactionManager(ds));
		return new Log(ds, store, sequencer, settings, keys);
	}

	// ---- sequencing

	static void sequencing(int backlog, int seconds, int rate) throws Exception {
		Log log = open("ledger_seq", true, 10_000);
		JdbcTemplate jdbc = new JdbcTemplate(log.ds());
		System.out.printf("== sequencing into PostgreSQL, batch size %d, one signed checkpoint per batch; load %s%n",
				log.settings().batchSize(), loadAverage());

		// 1. a backlog: how fast does one sequencer integrate?
		fill(jdbc, backlog);
		long t0 = System.nanoTime();
		long added = log.sequencer().drain();
		double s = (System.nanoTime() - t0) / 1e9;
		System.out.printf("backlog: %d leaves integrated in %.2f s = %.0f leaves/s%n", added, s, added / s);

		// 2. sustained load: producers commit `rate` leaves/s while the sequencer loop runs
		AtomicBoolean running = new AtomicBoolean(true);
		Thread loop = new Thread(() -> {
			while (running.get()) {
				if (log.sequencer().drain() == 0) {
					sleep(50);
				}
			}
		});
		long sizeBefore = log.store().latestCheckpoint().orElseThrow().treeSize();
		loop.start();
		Instant start = Instant.now();
		long produced = 0;
		int perTick = rate / 20; // 20 commits per second of rate/20 leaves each
		long next = System.nanoTime();
		while (Duration.between(start, Instant.now()).getSeconds() < seconds) {
			fill(jdbc, perTick);
			produced += perTick;
			next += 50_000_000L;
			long wait = next - System.nanoTime();
			if (wait > 0) {
				sleep(wait / 1_000_000);
			}
		}
		double producedFor = Duration.between(start, Instant.now()).toMillis() / 1000.0;
		Instant loadEnd = Instant.now();
		while (jdbc.queryForObject("select count(*) from ledger_outbox", Long.class) > 0) {
			sleep(20);
		}
		double drainedAfter = Duration.between(loadEnd, Instant.now()).toMillis() / 1000.0;
		running.set(false);
		loop.join();
		long sizeAfter = log.store().latestCheckpoint().orElseThrow().treeSize();
		Map<String, Object> latency = jdbc.queryForMap("""
				select percentile_cont(0.5) within group (order by ms) p50,
				       percentile_cont(0.99) within group (order by ms) p99, max(ms) max
				from (select extract(epoch from (integrated_at - recorded_at)) * 1000 ms
				      from ledger_leaf where leaf_index >= ?) l""", sizeBefore);
		long checkpoints = jdbc.queryForObject("select count(*) from ledger_checkpoint where tree_size > ?",
				Long.class, sizeBefore);
		System.out.printf("load: %d leaves produced in %.1f s (%.0f/s offered), %d integrated, %d checkpoints, "
				+ "outbox empty %.2f s after the load stopped%n", produced, producedFor, produced / producedFor,
				sizeAfter - sizeBefore, checkpoints, drainedAfter);
		System.out.printf("commit-to-signed-checkpoint latency: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
				((Number) latency.get("p50")).doubleValue(), ((Number) latency.get("p99")).doubleValue(),
				((Number) latency.get("max")).doubleValue());
		LedgerAudit.Report report = new LedgerAudit(log.store(), log.keys().verifiers()).run();
		System.out.println("audit: " + report);
		System.out.println("load average at the end: " + loadAverage());
		log.ds().close();
	}

	/** Times each step of one 10,000-leaf batch, outside a transaction (auto-commit per statement). */
	static void phases() {
		Log log = open("ledger_seq", true, 10_000);
		JdbcTemplate jdbc = new JdbcTemplate(log.ds());
		for (int round = 0; round < 4; round++) {
			fill(jdbc, 10_000);
			long size = log.store().latestCheckpoint().map(LogStore.StoredCheckpoint::treeSize).orElse(0L);
			long t = System.nanoTime();
			var pending = log.store().pending(10_000);
			long t1 = System.nanoTime();
			var frontier = log.store().nodes(Ranges.frontier(size));
			var appended = io.crossback.ledger.tlog.TreeAppender.append(size, frontier,
					pending.stream().map(p -> Hashes.leafHash(p.data())).toList());
			long t2 = System.nanoTime();
			log.store().appendLeaves(size, pending, Instant.now());
			long t3 = System.nanoTime();
			log.store().appendNodes(appended.newNodes());
			long t4 = System.nanoTime();
			log.store().appendCheckpoint(appended.newSize(), appended.root(), "x", Instant.now());
			log.store().removeFromOutbox(pending);
			long t5 = System.nanoTime();
			System.out.printf("read %d ms, hash %d ms, leaves %d ms, nodes (%d) %d ms, checkpoint+delete %d ms%n",
					(t1 - t) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, appended.newNodes().size(),
					(t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000);
		}
	}

	/** Commits {@code n} outbox rows as the business transactions would write them, in one multi-row insert. */
	static void fill(JdbcTemplate jdbc, int n) {
		TenantId tenant = TenantId.of("bench");
		Instant at = Instant.parse("2026-11-26T05:00:00Z");
		for (int from = 0; from < n; from += 1000) {
			int rows = Math.min(1000, n - from);
			StringBuilder sql = new StringBuilder(
					"insert into ledger_outbox (tenant_id, case_id, event, leaf_data, recorded_at) values ");
			List<Object> args = new ArrayList<>();
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			for (int i = 0; i < rows; i++) {
				CaseId caseId = CaseId.random();
				LogEntry entry = new LogEntry(1, tenant, caseId, "pickup", at, "agent",
						EvidenceLog.evidenceOf(Map.of("carrier", "dhl", "trackingNumber", "JD" + i)));
				sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
				args.addAll(List.of(tenant.value(), caseId.value(), "pickup", entry.canonicalJson(), now));
			}
			jdbc.update(sql.toString(), args.toArray());
		}
	}

	// ---- proofs

	static void proofs(int leaves, int samples, int memoryLevel) throws Exception {
		Log log = open("ledger_proofs", false, 10_000, memoryLevel);
		JdbcTemplate jdbc = new JdbcTemplate(log.ds());
		long size = log.store().latestCheckpoint().map(LogStore.StoredCheckpoint::treeSize).orElse(0L);
		if (size != leaves) {
			log.ds().close();
			log = open("ledger_proofs", true, 10_000, memoryLevel);
			jdbc = new JdbcTemplate(log.ds());
			generate(log, jdbc, leaves);
		}
		LogReader reader = new LogReader(log.store(), log.keys(), log.settings());
		byte[] root = log.store().latestCheckpoint().orElseThrow().root();
		System.out.printf("== proofs from stored nodes at %d leaves (%d node rows), levels >= %d in memory%n", leaves,
				jdbc.queryForObject("select count(*) from ledger_node", Long.class), memoryLevel);
		long loadStart = System.nanoTime();
		reader.inclusion(0, leaves); // fills the in-memory levels
		System.out.printf("in-memory levels filled in %.1f s, heap used %d MB%n", (System.nanoTime() - loadStart) / 1e9,
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
		System.out.println("load average before measuring: " + loadAverage());
		Random random = new Random(42);
		// warm up the JIT and PostgreSQL's buffers
		for (int i = 0; i < 2000; i++) {
			reader.inclusion(random.nextLong(leaves), leaves);
			reader.consistency(1 + random.nextLong(leaves - 1), leaves);
		}
		long[] inclusion = new long[samples];
		long[] consistency = new long[samples];
		List<long[]> checks = new ArrayList<>();
		for (int i = 0; i < samples; i++) {
			long index = random.nextLong(leaves);
			long t = System.nanoTime();
			List<byte[]> proof = reader.inclusion(index, leaves);
			inclusion[i] = System.nanoTime() - t;
			long from = 1 + random.nextLong(leaves - 1);
			t = System.nanoTime();
			List<byte[]> cproof = reader.consistency(from, leaves);
			consistency[i] = System.nanoTime() - t;
			if (i % 100 == 0) {
				NodeId leaf = new NodeId(0, index);
				ProofVerifier.verifyInclusion(index, leaves, log.store().nodes(List.of(leaf)).get(leaf), proof, root);
				byte[] fromRoot = Ranges.root(from, log.store().nodes(Ranges.frontier(from)));
				ProofVerifier.verifyConsistency(from, leaves, fromRoot, root, cproof);
			}
		}
		System.out.println("load average after measuring: " + loadAverage());
		report("inclusion", inclusion);
		report("consistency", consistency);
		System.out.println("every 100th proof verified against the signed root");
		log.ds().close();
	}

	static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%s: %d proofs, p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n", what, sorted.length,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
				sorted[(int) (sorted.length * 0.999)] / 1e6, sorted[sorted.length - 1] / 1e6);
	}

	/** Builds a tree of {@code n} leaves inside PostgreSQL, level by level, with its own sha256(). */
	static void generate(Log log, JdbcTemplate jdbc, long n) {
		long t0 = System.nanoTime();
		jdbc.update("insert into ledger_node (node_key, hash) "
				+ "select g, sha256('\\x00'::bytea || int8send(g)) from generate_series(0::bigint, ?) g", n - 1);
		for (int level = 1; (1L << level) <= n; level++) {
			long below = new NodeId(level - 1, 0).key();
			long count = n >>> level;
			jdbc.update("insert into ledger_node (node_key, hash) select ? + (a.node_key - ?) / 2, "
					+ "sha256('\\x01'::bytea || a.hash || b.hash) from ledger_node a "
					+ "join ledger_node b on b.node_key = a.node_key + 1 "
					+ "where a.node_key >= ? and a.node_key < ? and (a.node_key - ?) % 2 = 0",
					new NodeId(level, 0).key(), below, below, below + 2 * count, below);
		}
		jdbc.execute("analyze ledger_node");
		byte[] root = Ranges.root(n, log.store().nodes(Ranges.frontier(n)));
		String note = io.crossback.ledger.tlog.SignedNote.sign(
				new io.crossback.ledger.tlog.Checkpoint(log.settings().origin(), n, root).body(), log.keys().signers());
		log.store().appendCheckpoint(n, root, note, Instant.now());
		System.out.printf("generated %d leaves' nodes in %.0f s; root %s%n", n, (System.nanoTime() - t0) / 1e9,
				Hashes.hex(root));
	}

	/** The 1, 5 and 15 minute load averages, as uptime shows them. */
	static String loadAverage() {
		try {
			String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
			return f[0] + " " + f[1] + " " + f[2];
		}
		catch (java.io.IOException e) {
			return "unknown";
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
