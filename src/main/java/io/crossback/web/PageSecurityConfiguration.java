package io.crossback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything outside the API and operations chains: public pages for now (the portal is public by design; the agent
 * console will bring its own login chain ahead of this one).
 */
@Configuration(proxyBeanMethods = false)
class PageSecurityConfiguration {

	@Bean
	@Order(100)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
		return http.build();
	}
}
