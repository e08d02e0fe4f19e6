package io.crossback.console;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import io.crossback.core.TenantId;

/**
 * Console accounts: BCrypt password hashes, and a lock of {@link #LOCK} after {@link #MAX_FAILURES} failed logins in a
 * row.
 */
@Service
class ConsoleUsers implements UserDetailsService {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	ConsoleUsers(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
	}

	void create(TenantId tenant, String username, String rawPassword, String role, String displayName) {
		jdbc.sql("""
				insert into console_user (tenant_id, username, password_hash, role, display_name, failed_attempts,
				  created_at)
				values (?, ?, ?, ?, ?, 0, ?)""")
			.params(tenant.value(), username, passwords.encode(rawPassword), role, displayName, utcNow())
			.update();
	}

	boolean exists(String username) {
		return jdbc.sql("select count(*) from console_user where username = ?").param(username).query(Integer.class)
			.single() > 0;
	}

	@Override
	public ConsoleUser loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

	Optional<ConsoleUser> find(String username) {
		return jdbc.sql("select * from console_user where username = ?")
			.param(username)
			.query((rs, n) -> {
				OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
				return new ConsoleUser(TenantId.of(rs.getString("tenant_id")), rs.getString("username"),
						rs.getString("password_hash"), rs.getString("role"), rs.getString("display_name"),
						locked == null ? null : locked.toInstant(), clock.instant());
			})
			.optional();
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		jdbc.sql("update console_user set failed_attempts = failed_attempts + 1 where username = ?")
			.param(username)
			.update();
		jdbc.sql("update console_user set locked_until = ?, failed_attempts = 0 where username = ? and failed_attempts >= ?")
			.params(clock.instant().plus(LOCK).atOffset(ZoneOffset.UTC), username, MAX_FAILURES)
			.update();
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof ConsoleUser user) {
			jdbc.sql("update console_user set failed_attempts = 0, locked_until = null where username = ?")
				.param(user.username())
				.update();
		}
	}

	private OffsetDateTime utcNow() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}
}
