package io.crossback.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.cases.Case;
import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseManagement;
import io.crossback.cases.CaseViewContributor;
import io.crossback.cases.CasesSettings;
import io.crossback.cases.Message;
import io.crossback.cases.MessageAuthor;
import io.crossback.cases.TimelineEntry;
import io.crossback.core.WireValue;

/** Renders cases as the API shows them: the case, its timeline and messages, and every module's section. */
@Component
class CaseViews {

	private final CaseManagement cases;

	private final ObjectProvider<CaseViewContributor> contributorBeans;

	/** The modules' contributors in order, looked up once (resolving them per request cost more than the view). */
	private volatile @Nullable List<CaseViewContributor> contributors;

	private final CasesSettings settings;

	CaseViews(CaseManagement cases, ObjectProvider<CaseViewContributor> contributors, CasesSettings settings) {
		this.cases = cases;
		this.contributorBeans = contributors;
		this.settings = settings;
	}

	Map<String, Object> summary(Case c) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", c.id().toString());
		view.put("status", c.status().wire());
		view.put("version", c.version());
		view.put("type", c.type().wire());
		view.put("reason", c.reason().wire());
		view.put("orderId", c.orderId());
		view.put("lines", c.lines().stream().map(l -> Map.of("lineId", l.lineId(), "quantity", l.quantity())).toList());
		view.put("channel", c.channel().wire());
		view.put("preferredResolution", wire(c.preferredResolution()));
		view.put("resolution", wire(c.resolution()));
		view.put("market", c.market().value());
		view.put("customerLanguage", c.customerLanguage().value());
		view.put("vip", c.vip());
		view.put("eligible", c.eligible());
		view.put("trackingUrl", settings.trackingUrl(c));
		view.put("allowedActions", c.allowedActions().stream().map(CaseAction::wire).toList());
		view.put("createdAt", c.createdAt());
		view.put("updatedAt", c.updatedAt());
		return view;
	}

	/** The case with its timeline, messages and every module's section, read in one read-only transaction. */
	@Transactional(readOnly = true)
	Map<String, Object> full(Case c) {
		Map<String, Object> view = withHistory(summary(c), cases.timeline(c.tenantId(), c.id()),
				cases.messages(c.tenantId(), c.id()));
		contributors().forEach(contributor -> view.put(contributor.key(),
				contributor.contribute(c.tenantId(), c.id()).orElse(null)));
		return view;
	}

	/**
	 * A case just taken in, from what its intake wrote, without reading it back: the modules' sections are empty
	 * until the intake's reactions have run (ADR 0006); {@code GET} the case for them.
	 */
	Map<String, Object> submitted(CaseManagement.Submission submission) {
		Map<String, Object> view = withHistory(summary(submission.result()), submission.timeline(),
				submission.messages());
		contributors().forEach(contributor -> view.put(contributor.key(), null));
		return view;
	}

	/** Adds the customer's first message, the timeline and all messages to {@code view}. */
	private static Map<String, Object> withHistory(Map<String, Object> view, List<TimelineEntry> timeline,
			List<Message> messages) {
		view.put("message", messages.stream()
			.filter(m -> m.author() == MessageAuthor.CUSTOMER)
			.findFirst()
			.map(Message::text)
			.orElse(null));
		view.put("timeline", timeline.stream().map(CaseViews::entry).toList());
		view.put("messages", messages.stream().map(CaseViews::message).toList());
		return view;
	}

	private List<CaseViewContributor> contributors() {
		List<CaseViewContributor> known = contributors;
		if (known == null) {
			known = contributorBeans.orderedStream().toList();
			contributors = known;
		}
		return known;
	}

	static Map<String, Object> entry(TimelineEntry e) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("kind", e.kind());
		view.put("actor", Map.of("role", e.actor().role().wire(), "id", e.actor().id()));
		view.put("at", e.at());
		view.put("from", wire(e.from()));
		view.put("to", wire(e.to()));
		view.put("action", wire(e.action()));
		view.put("data", e.data());
		view.put("note", e.note());
		return view;
	}

	static Map<String, Object> message(Message m) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", m.id());
		view.put("author", m.author().wire());
		view.put("text", m.text());
		view.put("at", m.at());
		return view;
	}

	private static Object wire(WireValue value) {
		return value == null ? null : value.wire();
	}
}
