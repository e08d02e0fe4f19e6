package io.crossback.cases;

import io.crossback.core.WireValue;

/** Where a case or message came in. */
public enum Channel implements WireValue {
	PORTAL, EMAIL, CHAT, API, PHONE
}
