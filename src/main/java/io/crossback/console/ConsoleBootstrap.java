package io.crossback.console;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.crossback.tenancy.TenantBootstrapped;

/** Gives the bootstrap tenant a team lead ({@code lead}) and an agent ({@code agent}). */
@Component
class ConsoleBootstrap {

	private static final Logger log = LoggerFactory.getLogger(ConsoleBootstrap.class);

	private final ConsoleUsers users;

	private final ConsoleSettings settings;

	ConsoleBootstrap(ConsoleUsers users, ConsoleSettings settings) {
		this.users = users;
		this.settings = settings;
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
