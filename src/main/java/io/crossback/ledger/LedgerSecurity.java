package io.crossback.ledger;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import io.crossback.tenancy.PublicPaths;

/**
 * The log's public reads need no API key: checkpoint, verifier key and proofs under {@code /api} (opened through
 * tenancy's {@link PublicPaths}), and the C2SP tiles under {@code /tlog/} (a read-only chain of their own). Entries,
 * case evidence and the audit stay behind the API key; a case's evidence by tracking token is under the already
 * public {@code /api/v1/tracking/**}.
 */
@Configuration(proxyBeanMethods = false)
class LedgerSecurity {

	@Bean
	PublicPaths ledgerPublicPaths() {
		return () -> List.of("/api/v1/ledger/checkpoint", "/api/v1/ledger/key", "/api/v1/ledger/proofs/**");
	}

	@Bean
	@Order(80)
	SecurityFilterChain ledgerTiles(HttpSecurity http) throws Exception {
		return http.securityMatcher("/tlog/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}
}
