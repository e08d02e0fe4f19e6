package io.crossback.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import io.crossback.cases.CaseId;
import io.crossback.cases.Reason;
import io.crossback.core.LanguageCode;
import io.crossback.core.TenantId;
import tools.jackson.databind.JsonNode;

/** The policy module's door for other modules (the customer portal): what was decided for a case, in words. */
@Service
public class ReturnPolicies {

	private final PolicyDecisionLog log;

	private final CasePolicy cases;

	private final Clock clock;

	ReturnPolicies(PolicyDecisionLog log, CasePolicy cases, Clock clock) {
		this.log = log;
		this.cases = cases;
		this.clock = clock;
	}

	/**
	 * What the policy would decide for a request filed now, before it is filed; nothing is recorded.
	 *
	 * @param eligible whether the return is covered
	 * @param lastDay the last day to send it back (in the market's time zone), null when not covered or open-ended
	 * @param returnShippingPayer who pays the return shipping, null when not covered
	 * @param explanation the reasons, in the requested language when translated, else English
	 */
	public record Preview(boolean eligible, @Nullable LocalDate lastDay, @Nullable ShippingPayer returnShippingPayer,
			String explanation) {
	}

	/**
	 * Previews the decision on the named lines of a delivered order (all lines when none are named); empty when the
	 * order is unknown, not delivered yet, or its market has no rules (then an agent decides).
	 */
	public Optional<Preview> preview(TenantId tenant, String orderId, List<String> lineIds, Reason reason,
			LanguageCode language) {
		return cases.judge(tenant, orderId, lineIds, reason, clock.instant(), List.of(language.value()))
			.map(decision -> new Preview(decision.effective().eligible(), decision.effective().lastDay(),
					decision.effective().eligible() ? decision.effective().returnShippingPayer() : null,
					decision.explanation().getOrDefault(language.value(), decision.explanation().get("en"))));
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
