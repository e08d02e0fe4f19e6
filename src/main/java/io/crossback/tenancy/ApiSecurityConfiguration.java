package io.crossback.tenancy;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import io.crossback.core.ProblemTypes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security of the JSON API: stateless, authenticated by API key, every failure a problem+json. Paths other modules
 * declare through {@link PublicPaths} are open.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(10)
	SecurityFilterChain apiSecurity(HttpSecurity http, TenantManagement tenants, ObjectProvider<PublicPaths> publicPaths,
			JsonMapper json) throws Exception {
		String[] open = publicPaths.orderedStream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(c -> c.disable())
			.addFilterBefore(new ApiKeyAuthenticationFilter(tenants), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> {
				if (open.length > 0) {
					auth.requestMatchers(open).permitAll();
				}
				auth.anyRequest().hasRole("API");
			})
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> ProblemWriter.write(json, request, response,
						HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
						"A valid API key is required: send 'Authorization: Bearer <key>'."))
				.accessDeniedHandler((request, response, ex) -> ProblemWriter.write(json, request, response,
						HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "This key may not do that.")));
		return http.build();
	}

	/**
	 * No observations of Spring Security's filters, authentications and authorizations. With them every filter of
	 * every request ran inside an observation of its own: with their meters a sixth of an intake's CPU (BENCHMARKS.md,
	 * "Case intake"); with the meters switched off by property, the (no-op) wrapping was still in every request's
	 * profile. {@code http.server.requests} still times every request.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Operations and API documentation are open; the UI module adds its own chain for pages. */
	@Bean
	PublicPaths operationsPaths() {
		return () -> List.of();
	}

	@Bean
	@Order(90)
	SecurityFilterChain operationsSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(Stream.of("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.toArray(String[]::new))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
		return http.build();
	}
}
