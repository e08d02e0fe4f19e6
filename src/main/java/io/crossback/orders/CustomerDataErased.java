package io.crossback.orders;

import java.time.Instant;
import java.util.List;

import io.crossback.core.TenantId;

/** A customer's name and e-mail were erased from their orders; other modules erase what they hold of them. */
public record CustomerDataErased(TenantId tenantId, String customerId, List<String> orderIds, Instant at) {
}
