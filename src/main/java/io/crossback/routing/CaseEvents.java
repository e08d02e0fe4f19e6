package io.crossback.routing;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.crossback.cases.CaseSubmitted;
import io.crossback.cases.CaseTransitioned;

/** Routes new cases and hands work off between departments as cases move (after commit, in its own transaction). */
@Component("routing.caseEvents")
class CaseEvents {

	private final Dispatch dispatch;

	CaseEvents(Dispatch dispatch) {
		this.dispatch = dispatch;
	}

	@ApplicationModuleListener(id = "routing.route-submitted-case")
	void on(CaseSubmitted event) {
		dispatch.caseSubmitted(event);
	}

	@ApplicationModuleListener(id = "routing.department-hand-offs")
	void on(CaseTransitioned event) {
		dispatch.caseTransitioned(event);
	}
}
