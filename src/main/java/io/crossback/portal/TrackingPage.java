package io.crossback.portal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.crossback.cases.Case;
import io.crossback.cases.CaseManagement;
import io.crossback.cases.MessageAuthor;
import io.crossback.cases.TimelineEntry;

/** What the customer's tracking page shows: steps in plain words, the next step, carrier tracking, messages. */
@Component
class TrackingPage {

	private final CaseManagement cases;

	TrackingPage(CaseManagement cases) {
		this.cases = cases;
	}

	void fill(Model model, Case c) {
		List<TimelineEntry> steps = cases.timeline(c.tenantId(), c.id())
			.stream()
			.filter(e -> e.kind().equals("created") || e.kind().equals("transition"))
			.toList();
		model.addAttribute("case", c);
		model.addAttribute("steps", steps);
		model.addAttribute("shipment", steps.stream()
			.filter(e -> e.data().containsKey("carrier"))
			.reduce((a, b) -> b)
			.map(e -> Map.of("carrier", e.data().get("carrier"), "trackingNumber", e.data().get("trackingNumber")))
			.orElse(null));
		model.addAttribute("messages", cases.messages(c.tenantId(), c.id())
			.stream()
			.filter(m -> m.author() != MessageAuthor.INTERNAL)
			.toList());
	}
}
