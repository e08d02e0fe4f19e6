package io.crossback.cases;

import java.util.List;

/** An action the case's status does not allow; carries the actions it would allow. */
public class TransitionNotAllowed extends RuntimeException {

	private final CaseStatus status;

	private final List<CaseAction> allowedActions;

	TransitionNotAllowed(CaseType type, CaseStatus status, CaseAction action, List<CaseAction> allowedActions) {
		super("A %s case in status '%s' cannot '%s'".formatted(type.wire(), status.wire(), action.wire()), null, false,
				false);
		this.status = status;
		this.allowedActions = List.copyOf(allowedActions);
	}

	public CaseStatus status() {
		return status;
	}

	public List<CaseAction> allowedActions() {
		return allowedActions;
	}
}
