package io.crossback.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.crossback.cases.Actor;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseManagement;
import io.crossback.cases.CaseMessagePosted;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.MessageAuthor;
import io.crossback.core.InvalidInput;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;
import io.crossback.orders.CustomerDataErased;
import io.crossback.triage.TriageResults.CaseContext;
import io.crossback.triage.TriageResults.Stored;

/**
 * Triages every customer message on a case (the intake text arrives as the case's first message), stores the result
 * and publishes {@link MessageTriaged}. A case's intake gives the hints (customer language, market) and the order,
 * so triaged texts are erased with the customer's personal data. An escalation (or critical urgency) is written on the
 * case's timeline as {@code triage_escalation} with the reasons. Redelivered events are no-ops.
 */
@Component
class CaseTriage {

	private static final Logger log = LoggerFactory.getLogger(CaseTriage.class);

	private final MessageTriage triage;

	private final TriageResults results;

	private final ApplicationEventPublisher events;

	private final TriageSettings settings;

	private final Clock clock;

	private final CaseManagement cases;

	CaseTriage(MessageTriage triage, TriageResults results, ApplicationEventPublisher events, TriageSettings settings,
			Clock clock, CaseManagement cases) {
		this.cases = cases;
		this.triage = triage;
		this.results = results;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** Inside the intake transaction, so the hints are there before the first message is triaged. */
	@EventListener
	void on(CaseSubmitted event) {
		results.remember(event.tenantId(), event.caseId(), new CaseContext(event.orderId(),
				event.customerLanguage() == null ? null : event.customerLanguage().value(),
				event.market() == null ? null : event.market().value()));
	}

	@ApplicationModuleListener(id = "triage.message-posted")
	void on(CaseMessagePosted event) {
		handle(event);
	}

	/** The work of {@link #on(CaseMessagePosted)}, callable without the listener's asynchrony. */
	void handle(CaseMessagePosted event) {
		if (event.author() == MessageAuthor.CUSTOMER
				|| event.author() == MessageAuthor.AGENT && settings.triageAgentMessages()) {
			var context = results.context(event.tenantId(), event.caseId());
			triageAndStore(event.tenantId(), event.caseId(), event.messageId(), event.text(),
					context.map(CaseContext::customerLanguage).orElse(null),
					context.map(CaseContext::market).orElse(null), event.at());
		}
	}

	/** Erases triaged texts with the customer's personal data, as the case's own messages are. */
	@ApplicationModuleListener(id = "triage.erase-personal-data")
	void on(CustomerDataErased event) {
		results.eraseTextsOfOrders(event.tenantId(), event.orderIds());
	}

	void triageAndStore(TenantId tenantId, CaseId caseId, long messageId, @Nullable String text,
			@Nullable String language, @Nullable String market, Instant postedAt) {
		if (text == null || text.isBlank()) {
			return;
		}
		String bounded = text.length() > MessageTriage.MAX_LENGTH ? text.substring(0, MessageTriage.MAX_LENGTH) : text;
		TriageResult result;
		try {
			result = triage.triage(bounded, language, market);
		}
		catch (InvalidInput untriageable) {
			log.info("Case {} message {} not triaged: {}", caseId, messageId, untriageable.getMessage());
			return;
		}
		Instant now = clock.instant();
		boolean stored = results.add(new Stored(tenantId, caseId, TriageResults.source(messageId), messageId, bounded,
				result, postedAt, now));
		if (stored && (result.escalate() || result.urgency() == Urgency.CRITICAL)) {
			try {
				cases.appendTimeline(tenantId, caseId, "triage_escalation", Actor.SYSTEM,
						Map.of("messageId", Long.toString(messageId), "urgency", result.urgency().wire()),
						String.join("; ", result.reasons()));
			}
			catch (NotFound unknownCase) {
				log.info("Case {} not found for its triage escalation", caseId);
			}
		}
		if (stored) {
			events.publishEvent(new MessageTriaged(tenantId, caseId, messageId, result.category(), result.language(),
					result.sentiment(), result.sentimentScore(),
					result.emotions().stream().map(TriageResult.EmotionScore::emotion).toList(), result.urgency(),
					result.escalate(), result.reasons(), result.model().version(), now));
		}
	}
}
