package io.crossback.cases;

import java.time.Instant;

import io.crossback.core.TenantId;

/** Someone wrote on a case. {@code author} is customer, agent or internal. */
public record CaseMessagePosted(TenantId tenantId, CaseId caseId, long messageId, MessageAuthor author, String text,
		Instant at) {
}
