package io.crossback.routing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.core.TenantId;

/**
 * Lets another module give one of its users a routing profile (the console's demo users): the agent joins the intake
 * team, has no shifts (so is on shift whenever online), and goes online at once, taking waiting work up to capacity.
 */
@Service("routing.agentEnrolment")
public class AgentEnrolment {

	private final AgentManagement management;

	private final Agents agents;

	private final RoutingSettings settings;

	AgentEnrolment(AgentManagement management, Agents agents, RoutingSettings settings) {
		this.management = management;
		this.agents = agents;
		this.settings = settings;
	}

	/**
	 * Creates the agent unless one with this id exists, and puts them online; languages are fluent. Returns whether the
	 * agent was created.
	 */
	@Transactional
	public boolean enrolOnline(TenantId tenant, String agentId, String name, Collection<String> languages,
			Collection<String> markets, Collection<String> skills, int capacity) {
		return enrolOnline(tenant, agentId, name, languages, markets, skills, capacity, false);
	}

	/** {@link #enrolOnline} that, for a {@code supervisor}, also joins the team paged for escalated cases. */
	@Transactional
	public boolean enrolOnline(TenantId tenant, String agentId, String name, Collection<String> languages,
			Collection<String> markets, Collection<String> skills, int capacity, boolean supervisor) {
		if (AgentId.isValid(agentId) && agents.find(tenant, new AgentId(agentId)).isPresent()) {
			return false;
		}
		AgentBody body = new AgentBody(name,
				languages.stream().map(code -> new AgentBody.LanguageBody(code, "fluent")).toList(),
				List.copyOf(markets), List.copyOf(skills), List.of(),
				supervisor ? List.of(settings.intakeTeam(), settings.supervisorTeam()) : List.of(settings.intakeTeam()),
				capacity, "UTC",
				List.of(), Map.of());
		management.create(tenant, agentId, body);
		management.setStatus(tenant, agentId, AgentStatus.ONLINE);
		return true;
	}
}
