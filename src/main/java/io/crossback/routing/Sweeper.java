package io.crossback.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.crossback.core.TenantId;

/**
 * Offers waiting work to every online agent with room, periodically: this is how a case waiting for a Turkish speaker
 * reaches one whose shift has just started. Each agent's offer is its own short transaction; instances may sweep at
 * the same time (locks keep them apart).
 */
@Component("routing.sweeper")
class Sweeper {

	private static final Logger log = LoggerFactory.getLogger(Sweeper.class);

	private final Agents agents;
	private final Dispatch dispatch;
	private final TransactionTemplate transactions;

	Sweeper(Agents agents, Dispatch dispatch, TransactionTemplate transactions) {
		this.agents = agents;
		this.dispatch = dispatch;
		this.transactions = transactions;
	}

	void sweepAll() {
		for (TenantId tenant : agents.tenantsWithOnlineAgents()) {
			sweep(tenant);
		}
	}

	/** Returns how many items were assigned. */
	int sweep(TenantId tenant) {
		int taken = 0;
		for (AgentId agent : agents.withRoom(tenant)) {
			try {
				Integer n = transactions.execute(status -> dispatch.offer(tenant, agent));
				taken += n == null ? 0 : n;
			}
			catch (RuntimeException e) {
				log.warn("offering work to agent {} of {} failed; the next sweep retries", agent, tenant, e);
			}
		}
		return taken;
	}
}
