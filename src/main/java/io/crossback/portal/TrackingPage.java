package io.crossback.portal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.crossback.cases.Case;
import io.crossback.cases.CaseManagement;
import io.crossback.cases.TimelineEntry;
import io.crossback.core.LanguageCode;
import io.crossback.policy.ReturnPolicies;
import org.springframework.context.i18n.LocaleContextHolder;

/** What the customer's tracking page shows: steps in plain words, the next step, carrier tracking, messages. */
@Component
class TrackingPage {

	private final CaseManagement cases;

	private final ReturnPolicies policies;

	TrackingPage(CaseManagement cases, ReturnPolicies policies) {
		this.cases = cases;
		this.policies = policies;
	}

	void fill(Model model, Case c) {
		List<TimelineEntry> steps = cases.customerSteps(c.tenantId(), c.id());
		model.addAttribute("case", c);
		model.addAttribute("policy", policies
			.explanation(c.tenantId(), c.id(), LanguageCode.of(LocaleContextHolder.getLocale().getLanguage()))
			.orElse(null));
		model.addAttribute("steps", steps);
		model.addAttribute("shipment", steps.stream()
			.filter(e -> e.data().containsKey("carrier"))
			.reduce((a, b) -> b)
			.map(e -> Map.of("carrier", e.data().get("carrier"), "trackingNumber", e.data().get("trackingNumber")))
			.orElse(null));
		model.addAttribute("messages", cases.customerMessages(c.tenantId(), c.id()));
	}
}
