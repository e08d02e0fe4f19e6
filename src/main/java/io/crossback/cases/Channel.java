package io.crossback.cases;

/** Where a case or message came in. */
public enum Channel implements WireValue {
	PORTAL, EMAIL, CHAT, API, PHONE
}
