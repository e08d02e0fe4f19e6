package io.crossback.orders;

import io.crossback.core.WireValue;

/** What kind of goods a line is; statutes exclude some kinds from withdrawal. */
public enum ItemKind implements WireValue {
	NORMAL, CUSTOM_MADE, PERISHABLE, SEALED_HYGIENE, SEALED_MEDIA, DIGITAL_CONTENT, NEWSPAPER_PERIODICAL, OTHER
}
