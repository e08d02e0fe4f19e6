package io.crossback.tenancy;

import io.crossback.core.TenantId;

/** A freshly issued API key: the only moment the raw key exists outside the caller. */
public record IssuedKey(TenantId tenantId, String apiKey) {

	@Override
	public String toString() {
		return "IssuedKey[" + tenantId + ", " + apiKey.substring(0, Math.min(8, apiKey.length())) + "…]";
	}
}
