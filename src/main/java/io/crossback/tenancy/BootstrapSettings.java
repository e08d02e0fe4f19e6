package io.crossback.tenancy;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tenant created on an empty database.
 *
 * @param apiKey the demo tenant's API key (env {@code CROSSBACK_BOOTSTRAP_API_KEY}); generated and logged when unset
 * @param tenant the id of the bootstrap tenant
 */
@ConfigurationProperties("crossback.bootstrap")
record BootstrapSettings(@Nullable String apiKey, @Nullable String tenant) {

	String tenantOrDefault() {
		return tenant == null || tenant.isBlank() ? "demo" : tenant;
	}
}
