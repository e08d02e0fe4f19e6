package io.crossback.orders;

import io.crossback.core.Money;

/** One line of an order. */
public record OrderLine(String lineId, String sku, String name, String category, int quantity, Money unitPrice,
		ItemKind itemKind) {
}
