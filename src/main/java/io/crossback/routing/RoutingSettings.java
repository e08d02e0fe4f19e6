package io.crossback.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Settings of smart dispatch.
 *
 * @param intakeTeam the team whose queue new cases enter
 * @param logisticsTeam the team that gets pickup tasks when a return is approved
 * @param warehouseTeam the team that gets inspection tasks when a return is received
 * @param financeTeam the team that gets payout tasks when a case is resolved with a refund
 * @param supervisorTeam the team that reviews cases triage escalated (its SLA clock is sla's {@code escalation_response})
 * @param idleCap how long an agent's waiting time keeps adding to their score before it saturates
 * @param offerBatch how many waiting items an agent with free capacity looks at (locked, skipping locked ones) per
 * round
 * @param sweepEnabled whether waiting work is offered periodically to agents with room (picks up shift starts)
 * @param sweepInterval how often the sweep runs
 */
@Validated
@ConfigurationProperties("crossback.routing")
record RoutingSettings(@DefaultValue("customer_service") @NotBlank String intakeTeam,
		@DefaultValue("logistics") @NotBlank String logisticsTeam,
		@DefaultValue("warehouse") @NotBlank String warehouseTeam,
		@DefaultValue("finance") @NotBlank String financeTeam,
		@DefaultValue("supervisors") @NotBlank String supervisorTeam, @DefaultValue("PT1H") Duration idleCap,
		@DefaultValue("50") @Min(1) @Max(1000) int offerBatch, @DefaultValue("true") boolean sweepEnabled,
		@DefaultValue("PT30S") Duration sweepInterval) {

	String teamOf(WorkKind kind) {
		return switch (kind) {
			case CASE -> intakeTeam;
			case LOGISTICS_PICKUP -> logisticsTeam;
			case WAREHOUSE_INSPECTION -> warehouseTeam;
			case FINANCE_PAYOUT -> financeTeam;
			case SUPERVISOR_REVIEW -> supervisorTeam;
		};
	}
}
