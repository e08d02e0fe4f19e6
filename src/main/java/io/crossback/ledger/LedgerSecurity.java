package io.crossback.ledger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The log's public reads need no API key: checkpoint, verifier key, proofs and tiles. A chain of their own, ahead of
 * the application's, matching only these read paths; entries, evidence and verify stay behind the API key.
 */
@Configuration(proxyBeanMethods = false)
class LedgerSecurity {

	static final String[] PUBLIC = { "/api/v1/ledger/checkpoint", "/api/v1/ledger/key", "/api/v1/ledger/proofs/**",
			"/tlog/**" };

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 50)
	SecurityFilterChain ledgerPublicReads(HttpSecurity http) throws Exception {
		return http.securityMatcher(PUBLIC)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}
}
