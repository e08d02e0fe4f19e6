package io.crossback.orders;

import java.util.Map;

import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;

/**
 * What a new case needs of the order it claims items of, read without the customer's personal data (nothing is
 * decrypted for it): the market, the customer's language and tier, and how many items each line has.
 *
 * @param quantities ordered quantity by line id, in the order's line order
 */
public record ClaimableOrder(String orderId, CountryCode destinationCountry, LanguageCode customerLanguage,
		boolean vip, Map<String, Integer> quantities) {
}
