package io.crossback.policy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The decision taken for each case at intake, kept with the rule version and merchant-policy version it used. */
@Repository
class PolicyDecisionLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PolicyDecisionLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Records the decision once; a second call for the same case keeps the first (intake retries are idempotent). */
	void record(TenantId tenant, CaseId caseId, ReturnPolicyDecisions.Decision decision, Instant at) {
		StatutoryAnswer s = decision.statutory();
		EffectiveAnswer e = decision.effective();
		jdbc.sql("""
				insert into policy_decision (tenant_id, case_id, market, rule_version, merchant_policy_version,
				  statutory_basis, statutory_right, statutory_last_day, effective_eligible, effective_last_day,
				  effective_source, decision, decided_at)
				values (:tenant, :case, :market, :rule, :merchant, :basis, :right, :lastDay, :eligible, :effectiveLastDay,
				  :source, :decision, :at)
				on conflict do nothing""")
			.param("tenant", tenant.value())
			.param("case", caseId.value())
			.param("market", decision.market())
			.param("rule", s.ruleVersion())
			.param("merchant", decision.merchant() == null ? null : decision.merchant().policyVersion())
			.param("basis", s.basis().wire())
			.param("right", s.right())
			.param("lastDay", s.lastDay())
			.param("eligible", e.eligible())
			.param("effectiveLastDay", e.lastDay())
			.param("source", e.source().wire())
			.param("decision", json.writeValueAsString(RecordedDecision.of(decision, at)))
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	Optional<JsonNode> find(TenantId tenant, CaseId caseId) {
		return jdbc.sql("select decision from policy_decision where tenant_id = :tenant and case_id = :case")
			.param("tenant", tenant.value())
			.param("case", caseId.value())
			.query(String.class)
			.optional()
			.map(json::readTree);
	}

	/** The case's {@code policy} section: the evaluation as the API shows it, plus its provenance. */
	record RecordedDecision(String ruleVersion, Long merchantPolicyVersion, Instant decidedAt,
			PolicyViews.Evaluation evaluation) {

		static RecordedDecision of(ReturnPolicyDecisions.Decision decision, Instant at) {
			return new RecordedDecision(decision.statutory().ruleVersion(),
					decision.merchant() == null ? null : decision.merchant().policyVersion(), at,
					PolicyViews.Evaluation.of(decision));
		}
	}
}
