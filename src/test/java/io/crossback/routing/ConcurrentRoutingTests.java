package io.crossback.routing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** Eight threads routing at once through one instance, on H2 and on PostgreSQL. */
@SpringBootTest(properties = "crossback.routing.sweep-enabled=false")
@Import(RoutingFixtures.ClockConfig.class)
class ConcurrentRoutingTests {

	@Autowired ApplicationContext context;

	@Test
	void concurrentRoutersNeverAssignAnItemTwiceNorExceedCapacity() throws Exception {
		ConcurrentRoutingScenario.run(RoutingFixtures.newTenant(), List.of(context));
	}
}
