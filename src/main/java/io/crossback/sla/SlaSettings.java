package io.crossback.sla;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Service-level settings.
 *
 * @param atRiskPercent share of a target's business time after which a metric is at risk and escalated
 * @param resubmitInterval how often sla's failed event deliveries are retried (and how old they must be)
 */
@Validated
@ConfigurationProperties("crossback.sla")
record SlaSettings(@DefaultValue("75") @Min(1) @Max(99) int atRiskPercent,
		@DefaultValue("PT30S") Duration resubmitInterval) {
}
