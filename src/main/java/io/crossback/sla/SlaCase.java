package io.crossback.sla;

import java.time.Instant;

import io.crossback.cases.CaseId;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseType;
import io.crossback.core.CountryCode;
import io.crossback.core.TenantId;

/** The policy a case fell under (none if no policy matched) and its last known status. */
record SlaCase(TenantId tenantId, CaseId caseId, String policy, CaseType type, CountryCode market, CaseStatus status,
		Instant submittedAt) {

	static final String NO_POLICY = "";

	boolean hasPolicy() {
		return !policy.equals(NO_POLICY);
	}
}
