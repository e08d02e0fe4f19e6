package io.crossback.sla;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.crossback.cases.CaseMessagePosted;
import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseTransitioned;

/** Starts, pauses, resumes and achieves SLA metrics as cases move (after their commit, in their own transaction). */
@Component
class CaseEventListeners {

	private final ServiceLevels serviceLevels;

	CaseEventListeners(ServiceLevels serviceLevels) {
		this.serviceLevels = serviceLevels;
	}

	@ApplicationModuleListener(id = "sla.case-submitted")
	void on(CaseSubmitted event) {
		serviceLevels.on(event);
	}

	@ApplicationModuleListener(id = "sla.case-transitioned")
	void on(CaseTransitioned event) {
		serviceLevels.on(event);
	}

	@ApplicationModuleListener(id = "sla.case-message-posted")
	void on(CaseMessagePosted event) {
		serviceLevels.on(event);
	}
}
