package io.crossback.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.core.TenantId;
import io.crossback.core.WireValue;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores cases, their lines, timelines, messages and intake idempotency keys. */
@Repository
class Cases {

	private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Cases(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Writes a batch of new cases (ADR 0008): their idempotency keys (in key order, so that two transactions recording
	 * the same keys cannot deadlock), the cases with their lines, the customers' messages under ids taken by
	 * {@link #prior}, the timeline entries and the pending-reaction rows, in one round trip to the database: one
	 * statement per table, sent together. A key another transaction recorded meanwhile fails the whole write with a
	 * {@code DuplicateKeyException}.
	 */
	void insertIntakes(List<NewIntake> intakes) {
		if (intakes.isEmpty()) {
			return;
		}
		List<Object> keyParams = new ArrayList<>(intakes.size() * 5);
		List<Object> caseParams = new ArrayList<>(intakes.size() * 18);
		List<Object> lineParams = new ArrayList<>();
		List<Object> messageParams = new ArrayList<>(intakes.size() * 6);
		List<CaseEntry> timeline = new ArrayList<>(intakes.size() * 2);
		List<Object> pendingParams = new ArrayList<>(intakes.size() * 6);
		intakes.stream().sorted(Comparator.comparing(NewIntake::key)).forEach(i -> keyParams.addAll(List.of(
				i.created().tenantId().value(), i.key(), i.requestHash(), i.created().id().value(),
				utc(i.created().createdAt()))));
		for (NewIntake intake : intakes) {
			Case c = intake.created();
			Message message = intake.message();
			caseParams.addAll(Arrays.asList(c.tenantId().value(), c.id().value(), c.version(), c.orderId(),
					c.type().wire(), c.reason().wire(), c.channel().wire(), wire(c.preferredResolution()),
					c.status().wire(), wire(c.resumeStatus()), wire(c.resolution()), c.eligible(), c.market().value(),
					c.customerLanguage().value(), c.vip(), c.trackingToken(), utc(c.createdAt()), utc(c.updatedAt())));
			for (CaseLine line : c.lines()) {
				lineParams.addAll(List.of(c.tenantId().value(), c.id().value(), line.lineId(), line.quantity()));
			}
			if (message != null) {
				messageParams.addAll(List.of(c.tenantId().value(), c.id().value(), message.id(),
						message.author().wire(), message.text(), utc(message.at())));
			}
			intake.timeline().forEach(e -> timeline.add(new CaseEntry(c.tenantId(), c.id(), e)));
			pendingParams.addAll(Arrays.asList(c.tenantId().value(), c.id().value(),
					message == null ? null : message.id(), utc(c.createdAt()), utc(c.createdAt()), 0));
		}
		Script script = new Script();
		script.add("insert into case_idempotency_key (tenant_id, key_value, request_hash, case_id, created_at) values "
				+ rows(intakes.size(), 5), keyParams);
		script.add("""
				insert into after_sales_case (tenant_id, id, version, order_id, type, reason, channel,
				  preferred_resolution, status, resume_status, resolution, eligible, market, customer_language, vip,
				  tracking_token, created_at, updated_at)
				values """ + rows(intakes.size(), 18), caseParams);
		script.add("insert into after_sales_case_line (tenant_id, case_id, line_id, quantity) values "
				+ rows(lineParams.size() / 4, 4), lineParams);
		script.add("insert into case_message (tenant_id, case_id, id, author, text, at) values "
				+ rows(messageParams.size() / 6, 6), messageParams);
		script.add(timelineInsert(timeline), timelineParams(timeline));
		script.add("insert into case_intake_pending (tenant_id, case_id, message_id, submitted_at, not_before, attempts)"
				+ " values " + rows(intakes.size(), 6), pendingParams);
		script.execute(jdbc);
	}

	/**
	 * What intake reads before it writes a batch, in one statement (ADR 0008): the records of those of {@code keys}
	 * that are known already, how many items of each line of these orders (order id → line id → quantity) open or
	 * finished cases claim (cancelled and rejected cases do not), and {@code messageIds} new message ids. Read after
	 * the orders are locked, so that the quantities include every case committed on them before.
	 */
	Prior prior(TenantId tenant, Collection<String> keys, Collection<String> orderIds, int messageIds) {
		List<String> parts = new ArrayList<>(3);
		List<Object> params = new ArrayList<>();
		if (!keys.isEmpty()) {
			parts.add("""
					select 'key' as kind, key_value as a, request_hash as b, case_id as c, 0 as n
					from case_idempotency_key where tenant_id = ? and key_value in (%s)""".formatted(marks(keys.size())));
			params.addAll(tenantThen(tenant, keys));
		}
		if (!orderIds.isEmpty()) {
			parts.add("""
					select 'claim' as kind, c.order_id as a, l.line_id as b, cast(null as uuid) as c, sum(l.quantity) as n
					from after_sales_case c
					join after_sales_case_line l on l.tenant_id = c.tenant_id and l.case_id = c.id
					where c.tenant_id = ? and c.order_id in (%s) and c.status not in ('cancelled', 'rejected')
					group by c.order_id, l.line_id""".formatted(marks(orderIds.size())));
			params.addAll(tenantThen(tenant, orderIds));
		}
		if (messageIds > 0) {
			parts.add("select 'message' as kind, null as a, null as b, cast(null as uuid) as c,"
					+ " nextval('case_message_seq') as n from (values "
					+ String.join(", ", Collections.nCopies(messageIds, "(1)")) + ") as v(x)");
		}
		Map<String, IdempotencyRecord> known = new HashMap<>();
		Map<String, Map<String, Integer>> claimed = new HashMap<>();
		List<Long> ids = new ArrayList<>(messageIds);
		if (parts.isEmpty()) {
			return new Prior(known, claimed, ids);
		}
		jdbc.sql(String.join("\nunion all\n", parts)).params(params).query(rs -> {
			switch (rs.getString("kind")) {
				case "key" -> known.put(rs.getString("a"),
						new IdempotencyRecord(rs.getString("b"), new CaseId(rs.getObject("c", UUID.class))));
				case "claim" -> claimed.computeIfAbsent(rs.getString("a"), k -> new HashMap<>())
					.put(rs.getString("b"), rs.getInt("n"));
				default -> ids.add(rs.getLong("n"));
			}
		});
		return new Prior(known, claimed, ids);
	}

	/** Writes the case's new state if nobody else did since {@code expectedVersion}; answers whether it did. */
	boolean update(Case c, long expectedVersion) {
		return jdbc.sql("""
				update after_sales_case set version = ?, status = ?, resume_status = ?, resolution = ?, eligible = ?,
				  updated_at = ?
				where tenant_id = ? and id = ? and version = ?""")
			.params(c.version(), c.status().wire(), wire(c.resumeStatus()), wire(c.resolution()), c.eligible(),
					utc(c.updatedAt()), c.tenantId().value(), c.id().value(), expectedVersion)
			.update() == 1;
	}

	void setEligibility(TenantId tenant, CaseId id, boolean eligible) {
		jdbc.sql("update after_sales_case set eligible = ? where tenant_id = ? and id = ?")
			.params(eligible, tenant.value(), id.value())
			.update();
	}

	void touch(TenantId tenant, CaseId id, Instant at) {
		jdbc.sql("update after_sales_case set updated_at = ? where tenant_id = ? and id = ?")
			.params(utc(at), tenant.value(), id.value())
			.update();
	}

	Optional<Case> find(TenantId tenant, CaseId id) {
		return jdbc.sql("select * from after_sales_case where tenant_id = ? and id = ?")
			.params(tenant.value(), id.value())
			.query(this::head)
			.optional()
			.map(head -> withLines(head, linesOf(tenant, List.of(id)).getOrDefault(id.value(), List.of())));
	}

	Optional<Case> findByTrackingToken(String token) {
		return jdbc.sql("select * from after_sales_case where tracking_token = ?")
			.param(token)
			.query(this::head)
			.optional()
			.map(head -> withLines(head,
					linesOf(head.tenantId(), List.of(head.id())).getOrDefault(head.id().value(), List.of())));
	}

	/** Cases in (updated_at, id) order after the cursor position, filtered. */
	List<Case> list(TenantId tenant, CaseQuery query, int limit) {
		StringBuilder sql = new StringBuilder("select * from after_sales_case where tenant_id = ?");
		List<Object> params = new ArrayList<>(List.of(tenant.value()));
		if (query.status() != null) {
			sql.append(" and status = ?");
			params.add(query.status().wire());
		}
		if (query.type() != null) {
			sql.append(" and type = ?");
			params.add(query.type().wire());
		}
		if (query.orderId() != null) {
			sql.append(" and order_id = ?");
			params.add(query.orderId());
		}
		if (query.updatedSince() != null) {
			sql.append(" and updated_at >= ?");
			params.add(utc(query.updatedSince()));
		}
		if (query.after() != null) {
			sql.append(" and (updated_at > ? or (updated_at = ? and id > ?))");
			params.add(utc(query.after().updatedAt()));
			params.add(utc(query.after().updatedAt()));
			params.add(query.after().id());
		}
		sql.append(" order by updated_at, id limit ?");
		params.add(limit);
		List<Case> heads = jdbc.sql(sql.toString()).params(params).query(this::head).list();
		if (heads.isEmpty()) {
			return heads;
		}
		Map<UUID, List<CaseLine>> lines = linesOf(tenant, heads.stream().map(Case::id).toList());
		return heads.stream().map(h -> withLines(h, lines.getOrDefault(h.id().value(), List.of()))).toList();
	}

	/** Open cases (not resolved, closed, rejected or cancelled), VIP first, then oldest first. */
	List<Case> open(TenantId tenant, int limit) {
		List<Case> heads = jdbc.sql("""
				select * from after_sales_case
				where tenant_id = ? and status not in ('resolved', 'closed', 'rejected', 'cancelled')
				order by vip desc, created_at, id limit ?""")
			.params(tenant.value(), limit)
			.query(this::head)
			.list();
		if (heads.isEmpty()) {
			return heads;
		}
		Map<UUID, List<CaseLine>> lines = linesOf(tenant, heads.stream().map(Case::id).toList());
		return heads.stream().map(h -> withLines(h, lines.getOrDefault(h.id().value(), List.of()))).toList();
	}

	/** Case counts by a column (status, market, type, reason) for dashboards. */
	Map<String, Integer> countBy(TenantId tenant, String column) {
		if (!List.of("status", "market", "type", "reason").contains(column)) {
			throw new IllegalArgumentException(column);
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("select " + column + " as k, count(*) as n from after_sales_case where tenant_id = ? group by "
				+ column + " order by n desc")
			.param(tenant.value())
			.query(rs -> {
				counts.put(rs.getString("k"), rs.getInt("n"));
			});
		return counts;
	}

	void appendTimeline(TenantId tenant, CaseId caseId, String kind, Actor actor, @Nullable CaseStatus from,
			@Nullable CaseStatus to, @Nullable CaseAction action, Map<String, String> data, @Nullable String note,
			Instant at) {
		appendTimeline(tenant, caseId, List.of(new TimelineEntry(0, kind, actor, from, to, action, data, note, at)));
	}

	/** Appends entries in one statement; their ids come from the sequence (the ids of {@code entries} are ignored). */
	void appendTimeline(TenantId tenant, CaseId caseId, List<TimelineEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		List<CaseEntry> ofCase = entries.stream().map(e -> new CaseEntry(tenant, caseId, e)).toList();
		jdbc.sql(timelineInsert(ofCase)).params(timelineParams(ofCase)).update();
	}

	private static String timelineInsert(List<CaseEntry> entries) {
		return """
				insert into case_timeline (tenant_id, case_id, id, kind, actor_role, actor_id, from_status, to_status,
				  action, data, note, at)
				values """ + String.join(", ",
				Collections.nCopies(entries.size(), "(?, ?, nextval('case_timeline_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
	}

	private List<Object> timelineParams(List<CaseEntry> entries) {
		List<Object> params = new ArrayList<>(entries.size() * 11);
		for (CaseEntry entry : entries) {
			TimelineEntry e = entry.entry();
			params.addAll(Arrays.asList(entry.tenant().value(), entry.caseId().value(), e.kind(),
					e.actor().role().wire(), e.actor().id(), wire(e.from()), wire(e.to()), wire(e.action()),
					e.data().isEmpty() ? null : json.writeValueAsString(e.data()), e.note(), utc(e.at())));
		}
		return params;
	}

	List<TimelineEntry> timeline(TenantId tenant, CaseId caseId) {
		return jdbc.sql("select * from case_timeline where tenant_id = ? and case_id = ? order by id")
			.params(tenant.value(), caseId.value())
			.query((rs, n) -> new TimelineEntry(rs.getLong("id"), rs.getString("kind"),
					new Actor(WireValue.parse(ActorRole.class, rs.getString("actor_role")).orElseThrow(),
							rs.getString("actor_id")),
					parse(CaseStatus.class, rs.getString("from_status")),
					parse(CaseStatus.class, rs.getString("to_status")),
					parse(CaseAction.class, rs.getString("action")),
					rs.getString("data") == null ? Map.of() : json.readValue(rs.getString("data"), STRING_MAP),
					rs.getString("note"), instant(rs, "at")))
			.list();
	}

	Message addMessage(TenantId tenant, CaseId caseId, MessageAuthor author, String text, Instant at) {
		GeneratedKeyHolder id = new GeneratedKeyHolder();
		jdbc.sql("insert into case_message (tenant_id, case_id, id, author, text, at)"
				+ " values (?, ?, nextval('case_message_seq'), ?, ?, ?)")
			.params(tenant.value(), caseId.value(), author.wire(), text, utc(at))
			.update(id, "id");
		return new Message(Objects.requireNonNull(id.getKey()).longValue(), author, text, at);
	}

	List<Message> messages(TenantId tenant, CaseId caseId) {
		return jdbc.sql("select * from case_message where tenant_id = ? and case_id = ? order by id")
			.params(tenant.value(), caseId.value())
			.query(Cases::message)
			.list();
	}

	/**
	 * Up to {@code limit} due intakes, oldest first; with {@code take}, locked, skipping those another transaction
	 * holds.
	 */
	List<PendingIntake> duePending(Instant now, int limit, boolean take) {
		return jdbc.sql("select tenant_id, case_id, message_id, attempts from case_intake_pending where not_before <= ?"
				+ " order by not_before limit ?" + (take ? " for update skip locked" : ""))
			.params(utc(now), limit)
			.query(Cases::pending)
			.list();
	}

	/**
	 * Takes this case's pending intake, if it has one: waiting for a transaction that holds it, or, with
	 * {@code skipLocked}, answering empty then.
	 */
	Optional<PendingIntake> lockPending(TenantId tenant, CaseId caseId, boolean skipLocked) {
		return jdbc.sql("select tenant_id, case_id, message_id, attempts from case_intake_pending"
				+ " where tenant_id = ? and case_id = ? for update" + (skipLocked ? " skip locked" : ""))
			.params(tenant.value(), caseId.value())
			.query(Cases::pending)
			.optional();
	}

	void deletePending(List<PendingIntake> done) {
		for (PendingIntake p : done) {
			jdbc.sql("delete from case_intake_pending where tenant_id = ? and case_id = ?")
				.params(p.tenant().value(), p.caseId().value())
				.update();
		}
	}

	void deferPending(PendingIntake p, Instant notBefore, String error) {
		jdbc.sql("""
				update case_intake_pending set attempts = attempts + 1, not_before = ?, last_error = ?
				where tenant_id = ? and case_id = ?""")
			.params(utc(notBefore), error.length() > 1000 ? error.substring(0, 1000) : error, p.tenant().value(),
					p.caseId().value())
			.update();
	}

	long countPending() {
		return jdbc.sql("select count(*) from case_intake_pending").query(Long.class).single();
	}

	Optional<Message> message(TenantId tenant, CaseId caseId, long id) {
		return jdbc.sql("select * from case_message where tenant_id = ? and case_id = ? and id = ?")
			.params(tenant.value(), caseId.value(), id)
			.query(Cases::message)
			.optional();
	}

	private static Message message(ResultSet rs, int row) throws SQLException {
		return new Message(rs.getLong("id"), WireValue.parse(MessageAuthor.class, rs.getString("author")).orElseThrow(),
				rs.getString("text"), instant(rs, "at"));
	}

	private static PendingIntake pending(ResultSet rs, int row) throws SQLException {
		long messageId = rs.getLong("message_id");
		return new PendingIntake(new TenantId(rs.getString("tenant_id")),
				new CaseId(rs.getObject("case_id", UUID.class)), rs.wasNull() ? null : messageId, rs.getInt("attempts"));
	}

	int forgetIdempotencyKeysBefore(Instant cutoff) {
		return jdbc.sql("delete from case_idempotency_key where created_at < ?").param(utc(cutoff)).update();
	}

	int eraseMessagesOfOrders(TenantId tenant, List<String> orderIds) {
		int erased = 0;
		for (String orderId : orderIds) {
			erased += jdbc.sql("""
					update case_message set text = '[erased]'
					where tenant_id = ? and case_id in (select id from after_sales_case where tenant_id = ? and order_id = ?)""")
				.params(tenant.value(), tenant.value(), orderId)
				.update();
		}
		return erased;
	}

	private Map<UUID, List<CaseLine>> linesOf(TenantId tenant, List<CaseId> ids) {
		Map<UUID, List<CaseLine>> lines = new LinkedHashMap<>();
		jdbc.sql("select case_id, line_id, quantity from after_sales_case_line where tenant_id = ? and case_id in ("
				+ marks(ids.size()) + ") order by line_id")
			.params(tenantThen(tenant, ids.stream().map(CaseId::value).toList()))
			.query(rs -> {
				lines.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
					.add(new CaseLine(rs.getString("line_id"), rs.getInt("quantity")));
			});
		return lines;
	}

	private Case head(ResultSet rs, int row) throws SQLException {
		Object eligible = rs.getObject("eligible");
		return new Case(TenantId.of(rs.getString("tenant_id")), new CaseId(rs.getObject("id", UUID.class)),
				rs.getLong("version"), rs.getString("order_id"), parse(CaseType.class, rs.getString("type")),
				parse(Reason.class, rs.getString("reason")), parse(Channel.class, rs.getString("channel")),
				parse(Resolution.class, rs.getString("preferred_resolution")),
				parse(CaseStatus.class, rs.getString("status")), parse(CaseStatus.class, rs.getString("resume_status")),
				parse(Resolution.class, rs.getString("resolution")), eligible == null ? null : rs.getBoolean("eligible"),
				CountryCode.of(rs.getString("market")), LanguageCode.of(rs.getString("customer_language")),
				rs.getBoolean("vip"), rs.getString("tracking_token"), List.of(), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static Case withLines(Case c, List<CaseLine> lines) {
		return new Case(c.tenantId(), c.id(), c.version(), c.orderId(), c.type(), c.reason(), c.channel(),
				c.preferredResolution(), c.status(), c.resumeStatus(), c.resolution(), c.eligible(), c.market(),
				c.customerLanguage(), c.vip(), c.trackingToken(), List.copyOf(lines), c.createdAt(), c.updatedAt());
	}

	/** {@code ?, ?, ?} */
	private static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/** The parameters of {@code where tenant_id = ? and … in (…)}: the tenant, then the values. */
	private static List<Object> tenantThen(TenantId tenant, Collection<?> values) {
		List<Object> params = new ArrayList<>(values.size() + 1);
		params.add(tenant.value());
		params.addAll(values);
		return params;
	}

	/** {@code (?, ?), (?, ?)}: {@code count} rows of {@code width} values */
	private static String rows(int count, int width) {
		return String.join(", ", Collections.nCopies(count, "(" + marks(width) + ")"));
	}

	@SuppressWarnings("NullAway")
	private static <E extends Enum<E> & WireValue> E parse(Class<E> type, @Nullable String wire) {
		return wire == null ? null : WireValue.parse(type, wire).orElseThrow();
	}

	private static @Nullable String wire(@Nullable WireValue value) {
		return value == null ? null : value.wire();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	/**
	 * Statements sent to the database as one, in one round trip (ADR 0008); a statement without parameters (one
	 * that would insert no rows) is left out. PostgreSQL's driver and H2 both run each statement of such a text in
	 * turn, the parameters numbered across all of them, and fail it at the first statement that fails.
	 */
	private static final class Script {

		private final StringBuilder sql = new StringBuilder();

		private final List<Object> params = new ArrayList<>();

		void add(String statement, List<Object> statementParams) {
			if (statementParams.isEmpty()) {
				return;
			}
			sql.append(sql.isEmpty() ? "" : ";\n").append(statement);
			params.addAll(statementParams);
		}

		void execute(JdbcClient jdbc) {
			jdbc.sql(sql.toString()).params(params).update();
		}
	}

	/** An intake whose reactions have yet to run; {@code messageId} is the customer's message sent with it. */
	record PendingIntake(TenantId tenant, CaseId caseId, @Nullable Long messageId, int attempts) {
	}

	record IdempotencyRecord(String requestHash, CaseId caseId) {
	}

	/**
	 * A new case as intake writes it: with its request's idempotency key and fingerprint, the customer's message (its
	 * id taken by {@link #prior}) and its first timeline entries.
	 */
	record NewIntake(Case created, String key, String requestHash, @Nullable Message message,
			List<TimelineEntry> timeline) {
	}

	/**
	 * What {@link #prior} read: the records of known keys, the quantities cases claim (order id → line id → quantity)
	 * and new message ids.
	 */
	record Prior(Map<String, IdempotencyRecord> keys, Map<String, Map<String, Integer>> claimed,
			List<Long> messageIds) {
	}

	/** A timeline entry of some case. */
	private record CaseEntry(TenantId tenant, CaseId caseId, TimelineEntry entry) {
	}

	/** Filters of the case list; {@code after} is the cursor position. */
	record CaseQuery(@Nullable CaseStatus status, @Nullable CaseType type, @Nullable String orderId,
			@Nullable Instant updatedSince, @Nullable Cursor after) {
	}

	record Cursor(Instant updatedAt, UUID id) {
	}
}
