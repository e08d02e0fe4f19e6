package io.crossback.sla;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.crossback.ApiTestSupport;

/** API tests of sla and calendars: one shared context with a settable clock and an escalation recorder. */
@Import(SlaTestConfiguration.class)
@TestPropertySource(properties = { "crossback.sla.resubmit-interval=PT1S", "db-scheduler.polling-interval=200ms" })
abstract class SlaTestSupport extends ApiTestSupport {
}
