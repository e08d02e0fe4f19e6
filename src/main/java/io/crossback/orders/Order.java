package io.crossback.orders;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.crossback.core.CountryCode;
import io.crossback.core.TenantId;

/** A snapshot of a shop order as the merchant last sent it. */
public record Order(TenantId tenantId, String orderId, long version, Customer customer, CountryCode destinationCountry,
		Currency currency, Instant placedAt, @Nullable Instant deliveredAt, PaymentMethod paymentMethod,
		List<OrderLine> lines, Instant updatedAt) {

	public Optional<OrderLine> line(String lineId) {
		return lines.stream().filter(line -> line.lineId().equals(lineId)).findFirst();
	}

	public boolean isVip() {
		return customer.tier() == CustomerTier.VIP;
	}
}
