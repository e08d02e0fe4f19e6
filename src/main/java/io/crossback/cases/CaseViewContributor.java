package io.crossback.cases;

import java.util.Optional;

import io.crossback.core.TenantId;

/**
 * Lets another module add its own section to a case's API representation (for example {@code sla}, {@code owner},
 * {@code policy}). The value is serialised as JSON under {@link #key()}; an empty result renders as {@code null}.
 */
public interface CaseViewContributor {

	/** The JSON property name this contributor owns. */
	String key();

	Optional<Object> contribute(TenantId tenantId, CaseId caseId);
}
