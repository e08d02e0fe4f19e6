package io.crossback.ledger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;
import io.crossback.ledger.tlog.Hashes;
import io.crossback.ledger.tlog.NodeId;
import io.crossback.ledger.tlog.Ranges;

/** JDBC access to the log tables. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class LogStore {

	/** Rows per multi-row insert statement: far below PostgreSQL's 32767 bind parameters. */
	private static final int ROWS_PER_STATEMENT = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	LogStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	record StoredCheckpoint(long treeSize, byte[] root, String note, Instant signedAt) {
	}

	record Leaf(long index, TenantId tenantId, CaseId caseId, String event, byte[] data, Instant recordedAt) {
	}

	record Pending(long id, TenantId tenantId, CaseId caseId, String event, byte[] data, Instant recordedAt) {
	}

	Optional<StoredCheckpoint> latestCheckpoint() {
		return jdbc.sql("""
				select tree_size, root_hash, note, signed_at from ledger_checkpoint
				where tree_size = (select max(tree_size) from ledger_checkpoint)""")
			.query((rs, n) -> new StoredCheckpoint(rs.getLong(1), rs.getBytes(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.optional();
	}

	List<StoredCheckpoint> checkpoints() {
		return jdbc.sql("select tree_size, root_hash, note, signed_at from ledger_checkpoint order by tree_size")
			.query((rs, n) -> new StoredCheckpoint(rs.getLong(1), rs.getBytes(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The stored hashes of the given nodes (absent ones are left out). On PostgreSQL one statement whose text never
	 * changes ({@code = any(array)}), so the driver keeps it prepared on the server and its plan is reused; on H2
	 * {@code in} lists of at most 500 keys.
	 */
	Map<NodeId, byte[]> nodes(Collection<NodeId> ids) {
		Map<NodeId, byte[]> out = new HashMap<>(Math.max(16, ids.size() * 2));
		if (ids.isEmpty()) {
			return out;
		}
		if (isPostgres()) {
			Long[] keys = new Long[ids.size()];
			int i = 0;
			for (NodeId id : ids) {
				keys[i++] = id.key();
			}
			template.query(con -> {
				var ps = con.prepareStatement("select node_key, hash from ledger_node where node_key = any(?::bigint[])");
				ps.setArray(1, con.createArrayOf("int8", keys));
				return ps;
			}, (org.springframework.jdbc.core.RowCallbackHandler) rs -> out.put(NodeId.ofKey(rs.getLong(1)),
					rs.getBytes(2)));
			return out;
		}
		List<NodeId> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
			List<Long> keys = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT))
				.stream()
				.map(NodeId::key)
				.toList();
			jdbc.sql("select node_key, hash from ledger_node where node_key in (:keys)")
				.param("keys", keys)
				.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> out.put(NodeId.ofKey(rs.getLong(1)),
						rs.getBytes(2)));
		}
		return out;
	}

	/** The hashes of one level from index {@code first} on, in order, at most {@code count}. */
	List<byte[]> nodeRun(int level, long first, int count) {
		return jdbc.sql("select hash from ledger_node where node_key >= :from and node_key < :to order by node_key")
			.param("from", new NodeId(level, first).key())
			.param("to", new NodeId(level, first).key() + count)
			.query((rs, n) -> rs.getBytes(1))
			.list();
	}

	/** MTH of each range, from stored complete subtrees (one read for all of them). */
	List<byte[]> hashes(List<Ranges.Range> ranges) {
		Map<NodeId, byte[]> nodes = nodes(Ranges.nodes(ranges));
		return ranges.stream().map(r -> Ranges.hash(r, nodes)).toList();
	}

	Optional<Leaf> leaf(long index) {
		return jdbc.sql("""
				select leaf_index, tenant_id, case_id, event, leaf_data, recorded_at from ledger_leaf
				where leaf_index = :index""").param("index", index).query((rs, n) -> leaf(rs)).optional();
	}

	List<Leaf> leaves(long from, long to) {
		return jdbc.sql("""
				select leaf_index, tenant_id, case_id, event, leaf_data, recorded_at from ledger_leaf
				where leaf_index >= :from and leaf_index < :to order by leaf_index""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> leaf(rs))
			.list();
	}

	List<Leaf> leavesOf(TenantId tenantId, CaseId caseId, long belowSize) {
		return jdbc.sql("""
				select leaf_index, tenant_id, case_id, event, leaf_data, recorded_at from ledger_leaf
				where tenant_id = :tenant and case_id = :caseId and leaf_index < :size order by leaf_index""")
			.param("tenant", tenantId.value())
			.param("caseId", caseId.value())
			.param("size", belowSize)
			.query((rs, n) -> leaf(rs))
			.list();
	}

	private Leaf leaf(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Leaf(rs.getLong(1), TenantId.of(rs.getString(2)), new CaseId(rs.getObject(3, UUID.class)),
				rs.getString(4), rs.getBytes(5), rs.getObject(6, OffsetDateTime.class).toInstant());
	}

	// ---- used by the sequencer, inside its transaction

	/** Blocks until this transaction holds the sequencer lock row. */
	void lockSequencer() {
		jdbc.sql("select id from ledger_sequencer where id = 1 for update").query(Integer.class).single();
	}

	List<Pending> pending(int limit) {
		return jdbc.sql("""
				select id, tenant_id, case_id, event, leaf_data, recorded_at from ledger_outbox
				order by id fetch first :limit rows only""")
			.param("limit", limit)
			.query((rs, n) -> new Pending(rs.getLong(1), TenantId.of(rs.getString(2)),
					new CaseId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getBytes(5),
					rs.getObject(6, OffsetDateTime.class).toInstant()))
			.list();
	}

	void appendLeaves(long firstIndex, List<Pending> pending, Instant integratedAt) {
		OffsetDateTime at = utc(integratedAt);
		if (isPostgres()) {
			String integrated = integratedAt.toString();
			StringBuilder rows = new StringBuilder(pending.size() * 400);
			for (int i = 0; i < pending.size(); i++) {
				Pending p = pending.get(i);
				rows.append(firstIndex + i).append('\t');
				text(rows, p.tenantId().value()).append('\t').append(p.caseId().value()).append('\t');
				text(rows, p.event()).append('\t');
				bytea(rows, p.data()).append('\t').append(p.recordedAt()).append('\t').append(integrated).append('\n');
			}
			copy("ledger_leaf (leaf_index, tenant_id, case_id, event, leaf_data, recorded_at, integrated_at)", rows);
			return;
		}
		List<Object[]> rows = new ArrayList<>(pending.size());
		for (int i = 0; i < pending.size(); i++) {
			Pending p = pending.get(i);
			rows.add(new Object[] { firstIndex + i, p.tenantId().value(), p.caseId().value(), p.event(), p.data(),
					utc(p.recordedAt()), at });
		}
		insert("insert into ledger_leaf (leaf_index, tenant_id, case_id, event, leaf_data, recorded_at, "
				+ "integrated_at) values ", "(?, ?, ?, ?, ?, ?, ?)", rows);
	}

	void appendNodes(Map<NodeId, byte[]> nodes) {
		if (isPostgres()) {
			StringBuilder rows = new StringBuilder(nodes.size() * 90);
			nodes.forEach((id, hash) -> bytea(rows.append(id.key()).append('\t'), hash).append('\n'));
			copy("ledger_node (node_key, hash)", rows);
			return;
		}
		List<Object[]> rows = new ArrayList<>(nodes.size());
		nodes.forEach((id, hash) -> rows.add(new Object[] { id.key(), hash }));
		insert("insert into ledger_node (node_key, hash) values ", "(?, ?)", rows);
	}

	/**
	 * PostgreSQL's {@code COPY … FROM STDIN} (text format) through the driver's CopyManager, on the transaction's
	 * connection: the cheapest way in for a batch, no statement to parse per row and no arrays to unpack.
	 */
	private void copy(String tableAndColumns, CharSequence rows) {
		template.execute((org.springframework.jdbc.core.ConnectionCallback<Long>) con -> {
			try {
				return con.unwrap(org.postgresql.PGConnection.class)
					.getCopyAPI()
					.copyIn("copy " + tableAndColumns + " from stdin", new java.io.StringReader(rows.toString()));
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
	}

	private static final java.util.HexFormat HEX = java.util.HexFormat.of();

	/** A bytea in COPY text format: {@code \\x} and hex (the backslash itself escaped). */
	private static StringBuilder bytea(StringBuilder out, byte[] value) {
		return out.append("\\\\x").append(HEX.formatHex(value));
	}

	/** A text value in COPY text format: backslash, tab, newline and carriage return escaped. */
	private static StringBuilder text(StringBuilder out, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out;
	}

	/**
	 * PostgreSQL takes a batch through {@code COPY} (appends) or arrays (reads, deletes): one statement, one round
	 * trip, no per-row binding. H2 gets portable multi-row statements.
	 */
	private boolean isPostgres() {
		Boolean pg = postgres;
		if (pg == null) {
			pg = template.execute((java.sql.Connection con) -> con.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("postgres"));
			postgres = pg;
		}
		return pg;
	}

	private volatile Boolean postgres;

	void appendCheckpoint(long treeSize, byte[] root, String note, Instant signedAt) {
		if (root.length != Hashes.SIZE) {
			throw new IllegalArgumentException("root is not 32 bytes");
		}
		jdbc.sql("insert into ledger_checkpoint (tree_size, root_hash, note, signed_at) values (?, ?, ?, ?)")
			.params(treeSize, root, note, utc(signedAt))
			.update();
	}

	void removeFromOutbox(List<Pending> integrated) {
		if (isPostgres()) {
			Long[] ids = integrated.stream().map(Pending::id).toArray(Long[]::new);
			template.update(con -> {
				var ps = con.prepareStatement("delete from ledger_outbox where id = any(?::bigint[])");
				ps.setArray(1, con.createArrayOf("int8", ids));
				return ps;
			});
			return;
		}
		for (int from = 0; from < integrated.size(); from += ROWS_PER_STATEMENT) {
			List<Long> ids = integrated.subList(from, Math.min(integrated.size(), from + ROWS_PER_STATEMENT))
				.stream()
				.map(Pending::id)
				.toList();
			jdbc.sql("delete from ledger_outbox where id in (:ids)").param("ids", ids).update();
		}
	}

	private void insert(String prefix, String row, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
			StringBuilder sql = new StringBuilder(prefix);
			List<Object> args = new ArrayList<>(chunk.size() * chunk.get(0).length);
			for (int i = 0; i < chunk.size(); i++) {
				sql.append(i == 0 ? "" : ", ").append(row);
				args.addAll(List.of(chunk.get(i)));
			}
			template.update(sql.toString(), args.toArray());
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
