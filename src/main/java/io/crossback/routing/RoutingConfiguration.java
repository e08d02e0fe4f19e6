package io.crossback.routing;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the {@link Sweeper}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RoutingConfiguration {
}
