package io.crossback.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.crossback.cases.ActorRole;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseTransitioned;
import io.crossback.cases.Channel;

/**
 * Turns the case lifecycle's key steps into log entries. A plain, synchronous {@code @EventListener}: it runs in the
 * publisher's transaction, so the leaf commits or rolls back with the case change (see ADR 0500).
 */
@Component
class CaseEventRecorder {

	private final EvidenceLog log;

	CaseEventRecorder(EvidenceLog log) {
		this.log = log;
	}

	@EventListener
	void on(CaseSubmitted event) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("type", event.type().wire());
		facts.put("reason", event.reason().wire());
		facts.put("channel", event.channel().wire());
		facts.put("market", event.market().value());
		facts.put("orderId", event.orderId());
		ActorRole role = event.channel() == Channel.API ? ActorRole.MERCHANT_API : ActorRole.CUSTOMER;
		log.record(event.tenantId(), event.caseId(), "case_created", role, event.at(), facts);
	}

	/** Free text a person wrote: it stays out of the log entirely, not even as a digest. */
	static final Set<String> FREE_TEXT = Set.of("note", "reason", "question", "message");

	@EventListener
	void on(CaseTransitioned event) {
		eventName(event).ifPresent(name -> {
			Map<String, String> facts = new LinkedHashMap<>(event.data());
			facts.keySet().removeAll(FREE_TEXT);
			facts.put("from", event.from().wire());
			facts.put("to", event.to().wire());
			log.record(event.tenantId(), event.caseId(), name, event.actor().role(), event.at(), facts);
		});
	}

	/** The key steps; other transitions (requests for information, work started, closing) are not logged. */
	static Optional<String> eventName(CaseTransitioned event) {
		return Optional.ofNullable(switch (event.action()) {
			case APPROVE -> event.data().keySet().stream().anyMatch(k -> k.toLowerCase().contains("goodwill"))
					? "goodwill_override" : "approved";
			case REJECT -> "rejected";
			case ISSUE_LABEL -> "label_issued";
			case SHIP -> "pickup";
			case RECEIVE -> "received";
			case INSPECT -> "inspected";
			case RESOLVE -> "resolved"; // with resolution=refund: the refund instructed
			case CONFIRM_REFUND -> "refund_confirmed";
			case DISPUTE -> "dispute_opened";
			case DECIDE_DISPUTE -> "dispute_decided";
			default -> null;
		});
	}
}
