package io.crossback.cases;

import io.crossback.core.WireValue;

/** Why the customer asks. */
public enum Reason implements WireValue {
	NO_REASON, DEFECTIVE, DAMAGED_IN_TRANSIT, WRONG_ITEM, NOT_AS_DESCRIBED, SIZE_FIT, LATE_DELIVERY, NOT_DELIVERED, MISSING_PARTS, OTHER
}
