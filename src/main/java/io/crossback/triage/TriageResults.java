package io.crossback.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;
import io.crossback.triage.TriageResult.EmotionScore;
import io.crossback.triage.TriageResult.ModelInfo;

/** The triage of each customer text per case, in {@code triage_result}. */
@Repository
class TriageResults {

	private final JdbcClient jdbc;

	TriageResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored triage of one text on a case. */
	record Stored(TenantId tenantId, CaseId caseId, String source, @Nullable Long messageId, String text, TriageResult result, Instant postedAt, Instant triagedAt) {
	}

	/** What triage knows of a case from its intake. */
	record CaseContext(String orderId, @Nullable String customerLanguage, @Nullable String market) {
	}

	/** Remembers a case's order and hints; a redelivered event changes nothing. */
	void remember(TenantId tenantId, CaseId caseId, CaseContext context) {
		// on conflict: the same CaseSubmitted again (a failed insert would abort a PostgreSQL transaction)
		jdbc.sql("insert into triage_case (tenant_id, case_id, order_id, customer_language, market)"
				+ " values (:tenant, :case, :order, :language, :market) on conflict do nothing")
			.param("tenant", tenantId.value())
			.param("case", caseId.value())
			.param("order", context.orderId())
			.param("language", context.customerLanguage())
			.param("market", context.market())
			.update();
	}

	Optional<CaseContext> context(TenantId tenantId, CaseId caseId) {
		return jdbc.sql("select order_id, customer_language, market from triage_case where tenant_id = :tenant"
				+ " and case_id = :case")
			.param("tenant", tenantId.value())
			.param("case", caseId.value())
			.query((rs, row) -> new CaseContext(rs.getString("order_id"), rs.getString("customer_language"),
					rs.getString("market")))
			.optional();
	}

	/** Replaces the texts triaged for cases of these orders (and the corrections' copies) with {@code [erased]}. */
	int eraseTextsOfOrders(TenantId tenantId, List<String> orderIds) {
		int erased = 0;
		for (String orderId : orderIds) {
			erased += jdbc.sql("update triage_feedback set message_text = '[erased]' where tenant_id = :tenant"
					+ " and case_id in (select case_id from triage_case where tenant_id = :tenant and order_id = :order)")
				.param("tenant", tenantId.value())
				.param("order", orderId)
				.update();
			erased += jdbc.sql("update triage_result set message_text = '[erased]' where tenant_id = :tenant"
					+ " and case_id in (select case_id from triage_case where tenant_id = :tenant and order_id = :order)")
				.param("tenant", tenantId.value())
				.param("order", orderId)
				.update();
		}
		return erased;
	}

	static String source(long messageId) {
		return "message:" + messageId;
	}

	/** Stores a triage; false if this text was triaged before (a redelivered event). */
	boolean add(Stored stored) {
		TriageResult r = stored.result();
		// on conflict: a redelivered event (a failed insert would abort a PostgreSQL transaction)
		return jdbc.sql("""
					insert into triage_result (tenant_id, case_id, source, message_id, message_text, language,
					    language_confidence, category, category_confidence, sentiment, sentiment_score, emotions,
					    urgency, escalate, reasons, model_version, posted_at, triaged_at)
					values (:tenant, :case, :source, :message, :text, :language, :languageConfidence, :category,
					    :categoryConfidence, :sentiment, :sentimentScore, :emotions, :urgency, :escalate, :reasons,
					    :model, :posted, :triaged)
					on conflict do nothing
					""")
				.param("tenant", stored.tenantId().value())
				.param("case", stored.caseId().value())
				.param("source", stored.source())
				.param("message", stored.messageId())
				.param("text", stored.text())
				.param("language", r.language())
				.param("languageConfidence", r.languageConfidence())
				.param("category", r.category().wire())
				.param("categoryConfidence", r.categoryConfidence())
				.param("sentiment", r.sentiment().wire())
				.param("sentimentScore", r.sentimentScore())
				.param("emotions", encode(r.emotions()))
				.param("urgency", r.urgency().wire())
				.param("escalate", r.escalate())
				.param("reasons", String.join("\n", r.reasons()))
				.param("model", r.model().version())
				.param("posted", Timestamp.from(stored.postedAt()))
				.param("triaged", Timestamp.from(stored.triagedAt()))
				.update() == 1;
	}

	/** All triages of a case, oldest first. */
	List<Stored> ofCase(TenantId tenantId, CaseId caseId) {
		return jdbc.sql("select * from triage_result where tenant_id = :tenant and case_id = :case"
				+ " order by posted_at, triaged_at, source")
			.param("tenant", tenantId.value())
			.param("case", caseId.value())
			.query(this::map)
			.list();
	}

	Optional<Stored> find(TenantId tenantId, CaseId caseId, String source) {
		return jdbc.sql("select * from triage_result where tenant_id = :tenant and case_id = :case and source = :source")
			.param("tenant", tenantId.value())
			.param("case", caseId.value())
			.param("source", source)
			.query(this::map)
			.optional();
	}

	private Stored map(ResultSet rs, int row) throws SQLException {
		long messageId = rs.getLong("message_id");
		Long message = rs.wasNull() ? null : messageId;
		String reasons = rs.getString("reasons");
		var result = new TriageResult(rs.getString("language"), rs.getDouble("language_confidence"),
				Category.parse(rs.getString("category")).orElse(Category.OTHER), rs.getDouble("category_confidence"),
				Sentiment.parse(rs.getString("sentiment")).orElse(Sentiment.NEUTRAL), rs.getDouble("sentiment_score"),
				decode(rs.getString("emotions")), Urgency.parse(rs.getString("urgency")).orElse(Urgency.NORMAL),
				rs.getBoolean("escalate"), reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n")),
				new ModelInfo("crossback-triage-linear", rs.getString("model_version")));
		return new Stored(TenantId.of(rs.getString("tenant_id")), new CaseId(rs.getObject("case_id", java.util.UUID.class)),
				rs.getString("source"), message, rs.getString("message_text"), result,
				rs.getTimestamp("posted_at").toInstant(), rs.getTimestamp("triaged_at").toInstant());
	}

	/** {@code disappointment:0.81,anxiety:0.7} */
	static String encode(List<EmotionScore> emotions) {
		return emotions.stream().map(e -> e.emotion().wire() + ":" + e.score()).collect(Collectors.joining(","));
	}

	static List<EmotionScore> decode(String encoded) {
		List<EmotionScore> out = new ArrayList<>();
		if (encoded == null || encoded.isBlank()) {
			return out;
		}
		for (String part : encoded.split(",")) {
			String[] pair = part.split(":");
			Emotion.parse(pair[0]).ifPresent(e -> out.add(new EmotionScore(e, Double.parseDouble(pair[1]))));
		}
		return out;
	}
}
