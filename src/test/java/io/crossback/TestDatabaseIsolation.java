package io.crossback;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context a database of its own: a fresh in-memory H2 database, or on PostgreSQL a fresh
 * schema. Contexts differ in clocks and settings, and background work (durable timers, sweepers) of one cached
 * context must never act on another's data. Applications a test starts itself (two instances on one database) are not
 * affected: this customises only contexts of the Spring TestContext framework.
 */
public class TestDatabaseIsolation implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Isolating();
	}

	/** All equal, so the context cache still shares one context between test classes of the same configuration. */
	static final class Isolating implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			ConfigurableEnvironment environment = context.getEnvironment();
			String url = environment.getProperty("spring.datasource.url", "");
			String name = "ctx_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
			Map<String, Object> properties;
			if (url.startsWith("jdbc:postgresql:")) {
				String base = url.replaceAll("[?&]currentSchema=[^&]*", "");
				properties = Map.of("spring.datasource.url",
						base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name, "spring.flyway.schemas", name);
			}
			else if (url.startsWith("jdbc:h2:mem:")) {
				properties = Map.of("spring.datasource.url", url.replaceFirst("jdbc:h2:mem:[^;]*", "jdbc:h2:mem:" + name));
			}
			else {
				return;
			}
			environment.getPropertySources().addFirst(new MapPropertySource("test-database-isolation", properties));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Isolating;
		}

		@Override
		public int hashCode() {
			return Isolating.class.hashCode();
		}
	}
}
