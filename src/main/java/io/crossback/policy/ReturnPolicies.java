package io.crossback.policy;

import java.util.Optional;

import org.springframework.stereotype.Service;

import io.crossback.cases.CaseId;
import io.crossback.core.LanguageCode;
import io.crossback.core.TenantId;
import tools.jackson.databind.JsonNode;

/** The policy module's door for other modules (the customer portal): what was decided for a case, in words. */
@Service
public class ReturnPolicies {

	private final PolicyDecisionLog log;

	ReturnPolicies(PolicyDecisionLog log) {
		this.log = log;
	}

	/**
	 * The explanation of the decision recorded for the case at intake, in {@code language} when the decision was
	 * explained in it (the market's languages and the customer's, where translated), else in English; empty when the
	 * case was not judged (not a return, exchange or refund, or not yet delivered).
	 */
	public Optional<String> explanation(TenantId tenant, CaseId caseId, LanguageCode language) {
		return log.find(tenant, caseId).map(decision -> {
			JsonNode texts = decision.get("evaluation").get("explanation");
			JsonNode text = texts.has(language.value()) ? texts.get(language.value()) : texts.get("en");
			return text.asString();
		});
	}
}
