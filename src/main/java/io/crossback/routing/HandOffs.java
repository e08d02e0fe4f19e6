package io.crossback.routing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseStatus;
import io.crossback.cases.CaseTransitioned;

/**
 * What a case transition means for its work items: which department task to open, which to finish, and whether the
 * owner's item is finished (freeing their capacity; they stay the owner).
 * <ul>
 * <li>approve into {@code awaiting_return} opens a logistics pickup; shipping or receiving finishes it;
 * <li>receive opens a warehouse inspection; inspect finishes it;
 * <li>resolve with {@code resolution=refund} opens a finance payout; the refund's confirmation or closing finishes it;
 * <li>resolved, closed, rejected and cancelled finish the owner's item; closed, rejected and cancelled finish every
 * task.
 * </ul>
 */
final class HandOffs {

	private static final Set<CaseStatus> ENDED = EnumSet.of(CaseStatus.CLOSED, CaseStatus.REJECTED, CaseStatus.CANCELLED);

	private HandOffs() {
	}

	record Plan(List<WorkKind> open, Set<WorkKind> finish) {
	}

	static Plan plan(CaseTransitioned event) {
		List<WorkKind> open = new ArrayList<>();
		Set<WorkKind> finish = EnumSet.noneOf(WorkKind.class);

		if (event.action() == CaseAction.APPROVE && event.to() == CaseStatus.AWAITING_RETURN) {
			open.add(WorkKind.LOGISTICS_PICKUP);
		}
		if (event.to() == CaseStatus.IN_TRANSIT || event.to() == CaseStatus.RECEIVED) {
			finish.add(WorkKind.LOGISTICS_PICKUP);
		}
		if (event.action() == CaseAction.RECEIVE) {
			open.add(WorkKind.WAREHOUSE_INSPECTION);
		}
		if (event.action() == CaseAction.INSPECT) {
			finish.add(WorkKind.WAREHOUSE_INSPECTION);
		}
		if (event.action() == CaseAction.RESOLVE && "refund".equals(event.data().get("resolution"))) {
			open.add(WorkKind.FINANCE_PAYOUT);
		}
		if (event.action() == CaseAction.CONFIRM_REFUND) {
			finish.add(WorkKind.FINANCE_PAYOUT);
		}
		if (event.to() == CaseStatus.RESOLVED && event.from() != CaseStatus.RESOLVED) {
			finish.add(WorkKind.CASE);
		}
		if (ENDED.contains(event.to())) {
			finish.addAll(EnumSet.allOf(WorkKind.class));
		}
		return new Plan(List.copyOf(open), finish);
	}
}
