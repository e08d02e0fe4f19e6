package io.crossback.cases;

import static io.crossback.cases.CaseAction.*;
import static io.crossback.cases.CaseStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state machine of each case type, as data: status × action → status. The case asks it, the 409 problem lists
 * {@link #allowedActions} from it, and a test draws each type's diagram from it.
 * <p>
 * {@link CaseAction#PROVIDE_INFO} leads back to the status the case had when information was requested; the table
 * records that as {@link CaseStatus#AWAITING_INFO} → {@code null} ("back"). {@link CaseAction#ISSUE_LABEL} and
 * {@link CaseAction#CONFIRM_REFUND} record a fact without changing the status; a refund can only be confirmed on a case
 * resolved with {@code refund} (the case checks that).
 */
public final class Lifecycle {

	private static final Map<CaseType, Map<CaseStatus, Map<CaseAction, CaseStatus>>> TABLES = new EnumMap<>(
			CaseType.class);

	static {
		for (CaseType type : CaseType.values()) {
			Table t = new Table();
			switch (type) {
				case RETURN, EXCHANGE -> t.on(SUBMITTED, APPROVE, AWAITING_RETURN)
					.on(AWAITING_RETURN, ISSUE_LABEL, AWAITING_RETURN)
					.on(AWAITING_RETURN, SHIP, IN_TRANSIT)
					.on(AWAITING_RETURN, REQUEST_INFO, AWAITING_INFO)
					.on(AWAITING_RETURN, CANCEL, CANCELLED)
					.on(IN_TRANSIT, RECEIVE, RECEIVED)
					.on(RECEIVED, INSPECT, INSPECTED)
					.on(RECEIVED, REQUEST_INFO, AWAITING_INFO)
					.on(INSPECTED, RESOLVE, RESOLVED)
					.on(INSPECTED, REQUEST_INFO, AWAITING_INFO);
				case REPAIR -> t.on(SUBMITTED, APPROVE, AWAITING_RETURN)
					.on(AWAITING_RETURN, ISSUE_LABEL, AWAITING_RETURN)
					.on(AWAITING_RETURN, SHIP, IN_TRANSIT)
					.on(AWAITING_RETURN, CANCEL, CANCELLED)
					.on(IN_TRANSIT, RECEIVE, RECEIVED)
					.on(RECEIVED, INSPECT, INSPECTED)
					.on(INSPECTED, START_WORK, IN_PROGRESS)
					.on(INSPECTED, RESOLVE, RESOLVED)
					.on(IN_PROGRESS, RESOLVE, RESOLVED)
					.on(IN_PROGRESS, REQUEST_INFO, AWAITING_INFO);
				case REFUND, COMPLAINT, LOGISTICS -> t.on(SUBMITTED, APPROVE, IN_PROGRESS)
					.on(IN_PROGRESS, RESOLVE, RESOLVED)
					.on(IN_PROGRESS, REQUEST_INFO, AWAITING_INFO);
				case INQUIRY -> t.on(SUBMITTED, START_WORK, IN_PROGRESS)
					.on(SUBMITTED, RESOLVE, RESOLVED)
					.on(IN_PROGRESS, RESOLVE, RESOLVED)
					.on(IN_PROGRESS, REQUEST_INFO, AWAITING_INFO);
			}
			// shared by every type
			t.on(SUBMITTED, REJECT, REJECTED)
				.on(SUBMITTED, REQUEST_INFO, AWAITING_INFO)
				.on(SUBMITTED, CANCEL, CANCELLED)
				.on(AWAITING_INFO, PROVIDE_INFO, null)
				.on(AWAITING_INFO, REJECT, REJECTED)
				.on(AWAITING_INFO, CANCEL, CANCELLED)
				.on(RESOLVED, CLOSE, CLOSED)
				.on(RESOLVED, CONFIRM_REFUND, RESOLVED)
				.on(RESOLVED, DISPUTE, DISPUTED)
				.on(RESOLVED, REOPEN, SUBMITTED)
				.on(CLOSED, REOPEN, SUBMITTED)
				.on(CLOSED, DISPUTE, DISPUTED)
				.on(REJECTED, DISPUTE, DISPUTED)
				.on(REJECTED, REOPEN, SUBMITTED)
				.on(DISPUTED, DECIDE_DISPUTE, RESOLVED);
			TABLES.put(type, t.freeze());
		}
	}

	private Lifecycle() {
	}

	/** The actions a case of this type may take in this status, in a stable order. */
	public static List<CaseAction> allowedActions(CaseType type, CaseStatus status) {
		return List.copyOf(TABLES.get(type).getOrDefault(status, Map.of()).keySet());
	}

	/**
	 * Where an action leads: empty when not allowed; {@code Optional.of(AWAITING_INFO)} never — "back" is resolved by
	 * the case, which remembers where it came from.
	 */
	static Optional<Target> target(CaseType type, CaseStatus status, CaseAction action) {
		Map<CaseAction, CaseStatus> row = TABLES.get(type).getOrDefault(status, Map.of());
		if (!row.containsKey(action)) {
			return Optional.empty();
		}
		return Optional.of(new Target(row.get(action)));
	}

	/** The whole table of a type: for diagrams and documentation. {@code null} targets mean "back". */
	public static Map<CaseStatus, Map<CaseAction, CaseStatus>> table(CaseType type) {
		return TABLES.get(type);
	}

	/** A transition's destination; {@code status} is null for "back to where the case was". */
	record Target(CaseStatus status) {
	}

	private static final class Table {

		private final Map<CaseStatus, Map<CaseAction, CaseStatus>> rows = new EnumMap<>(CaseStatus.class);

		Table on(CaseStatus from, CaseAction action, CaseStatus to) {
			rows.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class)).put(action, to);
			return this;
		}

		Map<CaseStatus, Map<CaseAction, CaseStatus>> freeze() {
			Map<CaseStatus, Map<CaseAction, CaseStatus>> frozen = new EnumMap<>(CaseStatus.class);
			rows.forEach((status, row) -> frozen.put(status, Collections.unmodifiableMap(row)));
			return Collections.unmodifiableMap(frozen);
		}
	}
}
