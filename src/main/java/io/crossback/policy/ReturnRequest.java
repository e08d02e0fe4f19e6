package io.crossback.policy;

import java.time.LocalDate;
import java.util.Objects;

import io.crossback.orders.ItemKind;
import io.crossback.cases.Reason;

/** What the engine is asked: may this item, delivered then, be returned for this reason on that day? */
record ReturnRequest(LocalDate deliveredOn, LocalDate requestedOn, Reason reason, ItemKind itemKind, boolean unsealed,
		boolean sellerInformedOfRight, boolean sellerReturnPolicyDisplayed) {

	ReturnRequest {
		Objects.requireNonNull(deliveredOn, "deliveredOn");
		Objects.requireNonNull(requestedOn, "requestedOn");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(itemKind, "itemKind");
		if (requestedOn.isBefore(deliveredOn)) {
			throw new IllegalArgumentException("requested before delivery");
		}
	}

	/** Reasons that say the goods do not conform to the contract, judged under the legal guarantee when late. */
	boolean claimsNonConformity() {
		return switch (reason) {
			case DEFECTIVE, DAMAGED_IN_TRANSIT, NOT_AS_DESCRIBED, WRONG_ITEM, MISSING_PARTS -> true;
			default -> false;
		};
	}
}
