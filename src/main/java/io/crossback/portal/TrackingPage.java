package io.crossback.portal;

import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.crossback.cases.Case;
import io.crossback.cases.CaseManagement;
import io.crossback.cases.TimelineEntry;
import io.crossback.core.LanguageCode;
import io.crossback.policy.ReturnPolicies;
import io.crossback.sla.Deadlines;

/**
 * What the customer's tracking page shows: steps in plain words, the next step and the date the shop promised it by
 * (the earliest running SLA deadline), carrier tracking, messages, and the key steps' proof in the evidence log (checked
 * in the browser).
 */
@Component
class TrackingPage {

	private final CaseManagement cases;

	private final ReturnPolicies policies;

	private final Deadlines deadlines;

	/** Ledger events on the proof list and the message key of their words (mostly the status they lead to). */
	static final Map<String, String> PROOF_LABELS = Map.ofEntries(Map.entry("case_created", "status.submitted"),
			Map.entry("photos_added", "portal.proof.photos"), Map.entry("approved", "status.awaiting_return"),
			Map.entry("goodwill_override", "status.awaiting_return"), Map.entry("rejected", "status.rejected"),
			Map.entry("label_issued", "step.issue_label"), Map.entry("refund_confirmed", "step.confirm_refund"),
			Map.entry("pickup", "status.in_transit"), Map.entry("received", "status.received"),
			Map.entry("inspected", "status.inspected"), Map.entry("resolved", "status.resolved"),
			Map.entry("dispute_opened", "status.disputed"), Map.entry("dispute_decided", "status.resolved"));

	TrackingPage(CaseManagement cases, ReturnPolicies policies, Deadlines deadlines) {
		this.cases = cases;
		this.policies = policies;
		this.deadlines = deadlines;
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
		model.addAttribute("promised", c.isOpen() ? deadlines.earliestDue(c.tenantId(), c.id()).orElse(null) : null);
		model.addAttribute("proofLabels", PROOF_LABELS);
	}
}
