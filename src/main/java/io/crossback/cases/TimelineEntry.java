package io.crossback.cases;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One line of a case's timeline: creation, transition, assignment, message, note, escalation. {@code kind} is a short
 * word (created, transition, message, assignment, goodwill, sla, triage, …).
 */
public record TimelineEntry(long id, String kind, Actor actor, @Nullable CaseStatus from, @Nullable CaseStatus to,
		@Nullable CaseAction action, Map<String, String> data, @Nullable String note, Instant at) {
}
