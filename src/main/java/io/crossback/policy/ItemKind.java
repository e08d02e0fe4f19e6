package io.crossback.policy;

import io.crossback.cases.WireValue;

/** What kind of item is returned, as far as return law distinguishes items. */
public enum ItemKind implements WireValue {
	/** Anything the law does not single out. */
	NORMAL,
	/** Made to the consumer's specifications or clearly personalised. */
	CUSTOM_MADE,
	/** Liable to deteriorate or expire rapidly (fresh food, flowers). */
	PERISHABLE,
	/** Sealed goods not suitable for return for health or hygiene reasons once unsealed (cosmetics, underwear). */
	SEALED_HYGIENE,
	/** Sealed audio or video recordings or computer software. */
	SEALED_MEDIA,
	/** Newspapers, periodicals, magazines (single issues). */
	NEWSPAPER,
	/** Digital content not on a tangible medium, once its supply has begun. */
	DIGITAL_CONTENT
}
