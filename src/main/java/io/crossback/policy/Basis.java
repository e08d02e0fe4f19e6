package io.crossback.policy;

import io.crossback.core.WireValue;

/** On what ground the law lets the consumer return an item, or why it does not. */
public enum Basis implements WireValue {
	/** A statutory right to withdraw without giving a reason, in time. */
	WITHDRAWAL,
	/** The item is faulty and the legal guarantee for non-conforming goods applies. */
	LEGAL_GUARANTEE,
	/** A statutory period applied but has passed. */
	EXPIRED,
	/** The item's kind is excluded from the right of withdrawal. */
	EXCLUDED,
	/** The statutory right applies only without seller terms, and the seller displayed its own (Japan). */
	DISPLACED_BY_SELLER_TERMS,
	/** The market gives no statutory right for this request. */
	NONE
}
