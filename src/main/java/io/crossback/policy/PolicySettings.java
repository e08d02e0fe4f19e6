package io.crossback.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the return-policy engine.
 *
 * @param autoApproveEligible whether a return, exchange or refund case that the policy finds eligible at intake is
 * approved automatically (ineligible cases never are; an agent may approve them as goodwill)
 */
@ConfigurationProperties("crossback.policy")
record PolicySettings(@DefaultValue("false") boolean autoApproveEligible) {
}
