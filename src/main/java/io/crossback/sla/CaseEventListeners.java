package io.crossback.sla;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.crossback.cases.CaseMessagePosted;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseTransitioned;
import io.crossback.triage.MessageTriaged;

/**
 * Starts, pauses, resumes and achieves SLA metrics as cases move, inside the transaction that moves the case: a case
 * never exists without its clocks, a clock never lags its case's status, and intake pays one commit instead of one per
 * listener (docs/adr/0005).
 */
@Component
class CaseEventListeners {

	private final ServiceLevels serviceLevels;

	CaseEventListeners(ServiceLevels serviceLevels) {
		this.serviceLevels = serviceLevels;
	}

	@EventListener
	void on(CaseSubmitted event) {
		serviceLevels.on(event);
	}

	@EventListener
	void on(CaseTransitioned event) {
		serviceLevels.on(event);
	}

	@EventListener
	void on(CaseMessagePosted event) {
		serviceLevels.on(event);
	}

	/** Inside triage's transaction: an escalation starts the 10-minute {@code escalation_response} clock. */
	@EventListener
	void on(MessageTriaged event) {
		serviceLevels.on(event);
	}
}
