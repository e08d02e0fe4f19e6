package io.crossback.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.crossback.core.TenantId;

/**
 * A module that judges a new case while it is being created, inside the intake transaction (the return-policy engine
 * is one). It records its own decision in its own tables; the case keeps only whether it may be approved
 * automatically and whether it is eligible at all (an ineligible case needs a goodwill reason to be approved).
 */
public interface CaseIntakeAssessor {

	Optional<Assessment> assess(Intake intake);

	/** What is known about the case at intake. */
	record Intake(TenantId tenantId, CaseId caseId, CaseType type, Reason reason, String orderId, List<String> lineIds,
			Instant at) {
	}

	/** The verdict: eligible cases may be approved automatically; {@code summary} goes on the timeline. */
	record Assessment(boolean eligible, boolean autoApprove, String summary) {
	}
}
