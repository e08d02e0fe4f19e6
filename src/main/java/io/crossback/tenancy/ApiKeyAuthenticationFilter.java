package io.crossback.tenancy;

import java.io.IOException;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.crossback.core.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads {@code Authorization: Bearer <key>} and, for a valid key, authenticates the request as its tenant. An invalid
 * key is not rejected here: the request stays anonymous and the entry point answers 401 where a key is required.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final TenantManagement tenants;

	ApiKeyAuthenticationFilter(TenantManagement tenants) {
		this.tenants = tenants;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String key = header.substring(BEARER.length()).trim();
			if (!key.isEmpty() && key.length() < 200) {
				tenants.authenticate(key).ifPresent(tenant -> authenticate(tenant));
			}
		}
		chain.doFilter(request, response);
	}

	private static void authenticate(TenantId tenant) {
		var authentication = new UsernamePasswordAuthenticationToken(tenant, null,
				List.of(new SimpleGrantedAuthority("ROLE_API")));
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}
}
