package io.crossback.demo;

import static io.crossback.cases.CaseAction.*;

import java.util.List;
import java.util.Map;

import io.crossback.cases.Case;
import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseType;
import io.crossback.cases.Reason;

/** The paths demo cases take, so that every status is represented. */
final class Walks {

	static final List<CaseType> TYPES = List.of(CaseType.RETURN, CaseType.RETURN, CaseType.EXCHANGE, CaseType.REFUND,
			CaseType.REPAIR, CaseType.COMPLAINT, CaseType.INQUIRY, CaseType.LOGISTICS, CaseType.RETURN);

	static final List<Reason> REASONS = List.of(Reason.SIZE_FIT, Reason.DEFECTIVE, Reason.DAMAGED_IN_TRANSIT,
			Reason.NO_REASON, Reason.WRONG_ITEM, Reason.NOT_AS_DESCRIBED, Reason.LATE_DELIVERY, Reason.MISSING_PARTS);

	static final List<List<CaseAction>> ALL = List.of(List.of(), List.of(APPROVE), List.of(APPROVE, SHIP),
			List.of(APPROVE, SHIP, RECEIVE), List.of(APPROVE, SHIP, RECEIVE, INSPECT),
			List.of(APPROVE, SHIP, RECEIVE, INSPECT, START_WORK), List.of(APPROVE, SHIP, RECEIVE, INSPECT, RESOLVE),
			List.of(APPROVE, SHIP, RECEIVE, INSPECT, RESOLVE, CLOSE), List.of(REQUEST_INFO), List.of(REJECT),
			List.of(CANCEL), List.of(REJECT, DISPUTE), List.of(START_WORK), List.of(APPROVE, RESOLVE, CLOSE));

	private Walks() {
	}

	static Map<String, String> dataFor(CaseAction action, Case c) {
		return switch (action) {
			case SHIP -> Map.of("carrier", "dhl", "trackingNumber", "JD0146" + Math.abs(c.id().hashCode() % 100000));
			case INSPECT -> Map.of("grade", "B", "disposition", "restock");
			case RESOLVE, DECIDE_DISPUTE -> Map.of("resolution", c.type() == CaseType.EXCHANGE ? "exchange" : "refund");
			case REJECT -> Map.of("reason", "outside the return window");
			case DISPUTE -> Map.of("reason", "customer disagrees");
			case REQUEST_INFO -> Map.of("question", "Could you send a photo of the item?");
			case APPROVE -> Map.of("reason", "goodwill for the demo");
			default -> Map.of();
		};
	}
}
