package io.crossback.console;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.crossback.cases.CaseType;
import io.crossback.cases.Reason;
import io.crossback.core.WireValue;
import io.crossback.routing.AgentEnrolment;
import io.crossback.tenancy.TenantBootstrapped;

/**
 * Gives the bootstrap tenant a team lead ({@code lead}) and an agent ({@code agent}), each with a routing profile of
 * the same id: every demo language and market, no shifts (always on shift), online. The agent has every case type and
 * reason as skills and room for all demo cases, so routing prefers them; the lead takes over when the agent is full.
 */
@Component
class ConsoleBootstrap {

	private static final Logger log = LoggerFactory.getLogger(ConsoleBootstrap.class);

	private final ConsoleUsers users;

	private final ConsoleSettings settings;

	private final AgentEnrolment routing;

	static final List<String> DEMO_LANGUAGES = List.of("en", "es", "pt", "fr", "de", "it", "ar", "tr", "ja", "ko", "zh",
			"th", "vi", "id", "nl", "pl");

	static final List<String> DEMO_MARKETS = List.of("DE", "FR", "ES", "IT", "NL", "PL", "GB", "US", "BR", "MX", "JP",
			"KR", "CN", "SA", "TR", "TH", "ID", "VN");

	private final boolean demo;

	ConsoleBootstrap(ConsoleUsers users, ConsoleSettings settings, AgentEnrolment routing,
			@Value("${crossback.demo.enabled:false}") boolean demo) {
		this.demo = demo;
		this.users = users;
		this.settings = settings;
		this.routing = routing;
	}

	/**
	 * A demo database from before routing agents existed has the console users but not their agents: they are enrolled
	 * at start (nothing happens when they exist). Only with demo data on: elsewhere a user named {@code agent} is nobody's
	 * business of ours.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void enrolEarlierDemoUsers() {
		if (!demo) {
			return;
		}
		users.find("agent").ifPresent(u -> routing.enrolOnline(u.tenantId(), "agent", "Agent", DEMO_LANGUAGES,
				DEMO_MARKETS, allSkills(), 400));
		users.find("lead").ifPresent(u -> routing.enrolOnline(u.tenantId(), "lead", "Team lead", DEMO_LANGUAGES,
				DEMO_MARKETS, List.of(), 50, true));
	}

	private static List<String> allSkills() {
		List<String> allSkills = new ArrayList<>();
		Arrays.stream(CaseType.values()).map(WireValue::wire).forEach(allSkills::add);
		Arrays.stream(Reason.values()).map(WireValue::wire).forEach(allSkills::add);
		return allSkills;
	}

	@EventListener
	void on(TenantBootstrapped event) {
		if (users.exists("lead") || users.exists("agent")) {
			return;
		}
		boolean configured = settings.consolePassword() != null && !settings.consolePassword().isBlank();
		String password = configured ? settings.consolePassword() : generated();
		users.create(event.tenantId(), "lead", password, "team_lead", "Team lead");
		users.create(event.tenantId(), "agent", password, "agent", "Agent");
		routing.enrolOnline(event.tenantId(), "agent", "Agent", DEMO_LANGUAGES, DEMO_MARKETS, allSkills(), 400);
		routing.enrolOnline(event.tenantId(), "lead", "Team lead", DEMO_LANGUAGES, DEMO_MARKETS, List.of(), 50, true);
		if (configured) {
			log.info("Console users 'lead' and 'agent' created with the configured password");
		}
		else {
			log.info("Console users 'lead' and 'agent' created. Their password (shown once): {}", password);
		}
	}

	private static String generated() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
