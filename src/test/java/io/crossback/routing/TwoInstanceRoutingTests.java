package io.crossback.routing;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.crossback.CrossbackApplication;

/**
 * Two application instances, each with its own connection pool, routing at once on one PostgreSQL database: the row
 * locks ({@code for update} on load rows, {@code for update skip locked} on waiting items) keep them apart.
 */
@Tag("postgres-only")
class TwoInstanceRoutingTests {

	static ConfigurableApplicationContext first;
	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = instance();
		second = instance();
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void twoInstancesNeverAssignAnItemTwiceNorExceedCapacity() throws Exception {
		ConcurrentRoutingScenario.run(RoutingFixtures.newTenant(), List.of(first, second));
	}

	private static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(CrossbackApplication.class, RoutingFixtures.ClockConfig.class)
			.web(WebApplicationType.SERVLET)
			.properties("crossback.routing.sweep-enabled=false", "server.port=0", "spring.main.banner-mode=off",
					"spring.main.allow-bean-definition-overriding=true")
			.run();
	}
}
