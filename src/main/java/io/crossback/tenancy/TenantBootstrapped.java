package io.crossback.tenancy;

import io.crossback.core.TenantId;

/** The bootstrap tenant was created on an empty database; demo data may follow. */
public record TenantBootstrapped(TenantId tenantId) {
}
