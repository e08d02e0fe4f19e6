package io.crossback.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.cases.CaseId;
import io.crossback.core.InvalidInput;
import io.crossback.core.InvalidInput.FieldError;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;
import io.crossback.triage.TriageResults.Stored;

/**
 * Agents' corrections of a case's triage (category and/or emotions), stored with the text and the model's
 * prediction as labelled examples, and exported for retraining.
 */
@Service
class TriageFeedback {

	private final JdbcClient jdbc;

	private final TriageResults results;

	private final Clock clock;

	TriageFeedback(JdbcClient jdbc, TriageResults results, Clock clock) {
		this.jdbc = jdbc;
		this.results = results;
		this.clock = clock;
	}

	/** What an agent says the triage should have been; {@code source} defaults to the case's latest triaged text. */
	record Correction(@Nullable String source, @Nullable String category, @Nullable List<String> emotions) {
	}

	/** A stored correction. */
	record Feedback(UUID id, CaseId caseId, String source, String language, String text, Category predictedCategory,
			@Nullable Category category, List<Emotion> predictedEmotions, @Nullable List<Emotion> emotions,
			String correctedBy, String modelVersion, Instant correctedAt) {
	}

	@Transactional
	Feedback correct(TenantId tenantId, CaseId caseId, Correction correction, String correctedBy) {
		List<FieldError> errors = new ArrayList<>();
		Category category = null;
		if (correction.category() != null) {
			category = Category.parse(correction.category()).orElse(null);
			if (category == null) {
				errors.add(new FieldError("category", "'" + correction.category() + "' is not one of "
						+ Category.allowed(), Category.allowed()));
			}
		}
		List<Emotion> emotions = null;
		if (correction.emotions() != null) {
			emotions = new ArrayList<>();
			for (int i = 0; i < correction.emotions().size(); i++) {
				String wire = correction.emotions().get(i);
				Optional<Emotion> emotion = Emotion.parse(wire);
				if (emotion.isEmpty()) {
					errors.add(new FieldError("emotions[" + i + "]", "'" + wire + "' is not one of " + Emotion.allowed(),
							Emotion.allowed()));
				}
				else if (!emotions.contains(emotion.get())) {
					emotions.add(emotion.get());
				}
			}
		}
		if (correction.category() == null && correction.emotions() == null) {
			errors.add(new FieldError("category", "give a category, emotions or both", Category.allowed()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Stored triaged = correction.source() == null ? latest(tenantId, caseId)
				: results.find(tenantId, caseId, correction.source())
					.orElseThrow(() -> new NotFound("case " + caseId + " has no triaged text " + correction.source()));
		var feedback = new Feedback(UUID.randomUUID(), caseId, triaged.source(), triaged.result().language(),
				triaged.text(), triaged.result().category(), category,
				triaged.result().emotions().stream().map(TriageResult.EmotionScore::emotion).toList(), emotions,
				correctedBy, triaged.result().model().version(), clock.instant());
		jdbc.sql("""
				insert into triage_feedback (tenant_id, id, case_id, source, language, message_text, predicted_category,
				    corrected_category, predicted_emotions, corrected_emotions, corrected_by, model_version, corrected_at)
				values (:tenant, :id, :case, :source, :language, :text, :predictedCategory, :category,
				    :predictedEmotions, :emotions, :by, :model, :at)
				""")
			.param("tenant", tenantId.value())
			.param("id", feedback.id())
			.param("case", caseId.value())
			.param("source", feedback.source())
			.param("language", feedback.language())
			.param("text", feedback.text())
			.param("predictedCategory", feedback.predictedCategory().wire())
			.param("category", category == null ? null : category.wire())
			.param("predictedEmotions", join(feedback.predictedEmotions()))
			.param("emotions", emotions == null ? null : join(emotions))
			.param("by", correctedBy)
			.param("model", feedback.modelVersion())
			.param("at", Timestamp.from(feedback.correctedAt()))
			.update();
		return feedback;
	}

	private Stored latest(TenantId tenantId, CaseId caseId) {
		List<Stored> all = results.ofCase(tenantId, caseId);
		if (all.isEmpty()) {
			throw new NotFound("case " + caseId + " has no triage to correct");
		}
		return all.get(all.size() - 1);
	}

	/** The category of the case's most recent category correction, if any. */
	Optional<Category> latestCategory(TenantId tenantId, CaseId caseId) {
		return jdbc.sql("""
				select corrected_category from triage_feedback
				where tenant_id = :tenant and case_id = :case and corrected_category is not null
				order by corrected_at desc, id fetch first 1 rows only
				""")
			.param("tenant", tenantId.value())
			.param("case", caseId.value())
			.query(String.class)
			.optional()
			.flatMap(Category::parse);
	}

	/** Streams a tenant's corrections, oldest first, optionally only those made at or after {@code since}. */
	@Transactional(readOnly = true)
	void export(TenantId tenantId, @Nullable Instant since, Consumer<Feedback> sink) {
		try (var rows = jdbc.sql("""
				select * from triage_feedback where tenant_id = :tenant and corrected_at >= :since
				order by corrected_at, id
				""")
			.param("tenant", tenantId.value())
			.param("since", Timestamp.from(since == null ? Instant.EPOCH : since))
			.query((rs, row) -> {
				String corrected = rs.getString("corrected_category");
				String correctedEmotions = rs.getString("corrected_emotions");
				return new Feedback(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
						rs.getString("source"), rs.getString("language"), rs.getString("message_text"),
						Category.parse(rs.getString("predicted_category")).orElse(Category.OTHER),
						corrected == null ? null : Category.parse(corrected).orElse(null),
						split(rs.getString("predicted_emotions")),
						correctedEmotions == null ? null : split(correctedEmotions), rs.getString("corrected_by"),
						rs.getString("model_version"), rs.getTimestamp("corrected_at").toInstant());
			})
			.stream()) {
			rows.forEach(sink);
		}
	}

	private static String join(List<Emotion> emotions) {
		return String.join(",", emotions.stream().map(Emotion::wire).toList());
	}

	private static List<Emotion> split(String joined) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		return Arrays.stream(joined.split(",")).map(Emotion::parse).flatMap(Optional::stream).toList();
	}
}
