import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a round trip to PostgreSQL costs (ADR 0008): six one-row inserts and a commit per transaction, on one
 * connection, sent as six statements or as one text of six statements. Prints the wall time and the CPU time of this
 * JVM and of all PostgreSQL processes per transaction. Run by bench/intake/round-trips.
 */
public class RoundTrips {

	public static void main(String[] args) throws Exception {
		String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
		int transactions = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		try (Connection c = DriverManager.getConnection(url)) {
			try (Statement st = c.createStatement()) {
				for (int t = 1; t <= 6; t++) {
					st.execute("drop table if exists round_trips_" + t);
					st.execute("create table round_trips_" + t
							+ " (a varchar(64), b uuid, c int, d varchar(64), e timestamptz, primary key (a, b))");
				}
			}
			c.setAutoCommit(false);
			for (int round = 1; round <= 3; round++) {
				for (boolean together : new boolean[] { false, true }) {
					long wall = System.nanoTime();
					long pg = ticks(postgresProcesses());
					long self = ticks(Path.of("/proc/self/stat"));
					for (int i = 0; i < transactions; i++) {
						if (together) {
							insertTogether(c, i);
						}
						else {
							insertOneByOne(c, i);
						}
						c.commit();
					}
					double ms = 1000.0 / 100 / transactions; // clock ticks of 10 ms, per transaction, in ms
					System.out.printf("round %d, %-11s wall %.3f ms, PostgreSQL CPU %.3f ms, client CPU %.3f ms"
							+ " per transaction%n", round, together ? "as one:" : "one by one:",
							(System.nanoTime() - wall) / 1e6 / transactions, (ticks(postgresProcesses()) - pg) * ms,
							(ticks(Path.of("/proc/self/stat")) - self) * ms);
				}
			}
			try (Statement st = c.createStatement()) {
				for (int t = 1; t <= 6; t++) {
					st.execute("drop table round_trips_" + t);
				}
			}
			c.commit();
		}
	}

	private static final String INSERT = "insert into round_trips_%d (a, b, c, d, e) values (?, ?, ?, ?, now())";

	private static void insertOneByOne(Connection c, int i) throws Exception {
		for (int t = 1; t <= 6; t++) {
			try (PreparedStatement ps = c.prepareStatement(INSERT.formatted(t))) {
				bind(ps, 0, i);
				ps.executeUpdate();
			}
		}
	}

	private static void insertTogether(Connection c, int i) throws Exception {
		StringBuilder sql = new StringBuilder();
		for (int t = 1; t <= 6; t++) {
			sql.append(t > 1 ? ";\n" : "").append(INSERT.formatted(t));
		}
		try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
			for (int t = 0; t < 6; t++) {
				bind(ps, 4 * t, i);
			}
			ps.executeUpdate();
		}
	}

	private static void bind(PreparedStatement ps, int offset, int i) throws Exception {
		ps.setString(offset + 1, "bench");
		ps.setObject(offset + 2, UUID.randomUUID());
		ps.setInt(offset + 3, i);
		ps.setString(offset + 4, "x" + i);
	}

	private static Path[] postgresProcesses() throws Exception {
		try (var dirs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			List<Path> found = new ArrayList<>();
			for (Path p : dirs) {
				try {
					if (Files.readString(p.resolve("comm")).trim().equals("postgres")) {
						found.add(p.resolve("stat"));
					}
				}
				catch (Exception gone) {
					// the process ended
				}
			}
			return found.toArray(Path[]::new);
		}
	}

	/** User and system clock ticks of these processes (fields 14 and 15 of /proc/<pid>/stat). */
	private static long ticks(Path... stats) {
		long sum = 0;
		for (Path stat : stats) {
			try {
				String[] fields = Files.readString(stat).split("\\) ")[1].split(" ");
				sum += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			catch (Exception gone) {
				// the process ended
			}
		}
		return sum;
	}
}
