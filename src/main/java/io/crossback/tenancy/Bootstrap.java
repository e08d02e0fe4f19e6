package io.crossback.tenancy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * On an empty database, creates the bootstrap tenant with the configured key (or a generated one, logged once) and
 * announces it, so the demo data can follow.
 */
@Configuration(proxyBeanMethods = false)
class Bootstrap {

	private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

	@Bean
	@Order(0)
	ApplicationRunner bootstrapTenant(TenantManagement tenants, BootstrapSettings settings,
			ApplicationEventPublisher events) {
		return args -> {
			if (tenants.hasAnyTenant()) {
				return;
			}
			boolean configured = settings.apiKey() != null && !settings.apiKey().isBlank();
			IssuedKey key = configured
					? tenants.createTenant(settings.tenantOrDefault(), "Demo merchant", settings.apiKey())
					: tenants.createTenant(settings.tenantOrDefault(), "Demo merchant");
			if (configured) {
				log.info("Created tenant '{}' with the configured bootstrap API key", key.tenantId());
			}
			else {
				log.info("Created tenant '{}'. Its API key (shown once): {}", key.tenantId(), key.apiKey());
			}
			events.publishEvent(new TenantBootstrapped(key.tenantId()));
		};
	}
}
