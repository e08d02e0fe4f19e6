package io.crossback.console;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import io.crossback.core.TenantId;

/** A person logged into the console, and the tenant they work for. Roles: agent, team_lead, admin. */
public record ConsoleUser(TenantId tenantId, String username, String passwordHash, String role, String displayName,
		@Nullable Instant lockedUntil, Instant now) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return switch (role) {
			case "admin" -> List.of(authority("AGENT"), authority("TEAM_LEAD"), authority("ADMIN"));
			case "team_lead" -> List.of(authority("AGENT"), authority("TEAM_LEAD"));
			default -> List.of(authority("AGENT"));
		};
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || !lockedUntil.isAfter(now);
	}

	public boolean isTeamLead() {
		return role.equals("team_lead") || role.equals("admin");
	}

	private static GrantedAuthority authority(String role) {
		return new SimpleGrantedAuthority("ROLE_" + role);
	}
}
