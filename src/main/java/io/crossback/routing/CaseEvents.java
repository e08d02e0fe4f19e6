package io.crossback.routing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.crossback.cases.ActorRole;
import io.crossback.cases.CaseMessagePosted;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.MessageAuthor;
import io.crossback.cases.CaseTransitioned;

/**
 * Routes new cases and hands work off between departments as cases move, inside the transaction that moves the case
 * (docs/adr/0005): a case is queued or owned from the moment it exists.
 */
@Component("routing.caseEvents")
class CaseEvents {

	private final Dispatch dispatch;

	CaseEvents(Dispatch dispatch) {
		this.dispatch = dispatch;
	}

	@EventListener
	void on(CaseSubmitted event) {
		dispatch.caseSubmitted(event);
	}

	@EventListener
	void on(CaseTransitioned event) {
		dispatch.caseTransitioned(event);
		if (event.actor().role() != ActorRole.CUSTOMER && event.actor().role() != ActorRole.SYSTEM) {
			dispatch.reviewAnswered(event.tenantId(), event.caseId(), "case " + event.action().wire());
		}
	}

	@EventListener
	void on(CaseMessagePosted event) {
		if (event.author() == MessageAuthor.AGENT) {
			dispatch.reviewAnswered(event.tenantId(), event.caseId(), "agent answered the customer");
		}
	}
}
