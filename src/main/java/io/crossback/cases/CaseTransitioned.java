package io.crossback.cases;

import java.time.Instant;
import java.util.Map;

import io.crossback.core.CountryCode;
import io.crossback.core.TenantId;

/**
 * A case moved from one status to another through an action. {@code data} holds the action's facts (carrier,
 * tracking number, grade, resolution, …) as strings; never personal data.
 */
public record CaseTransitioned(TenantId tenantId, CaseId caseId, CaseType type, CountryCode market, CaseStatus from,
		CaseStatus to, CaseAction action, Actor actor, Map<String, String> data, Instant at) {
}
