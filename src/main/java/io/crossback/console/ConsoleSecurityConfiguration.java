package io.crossback.console;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Form login for the console, with CSRF protection (on by default) and a locked-out account refused. */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

	static final Duration SESSION_TIMEOUT = Duration.ofMinutes(30);

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(50)
	SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleUsers users) throws Exception {
		http.securityMatcher("/console/**", "/login", "/logout")
			.userDetailsService(users)
			.authorizeHttpRequests(auth -> auth.requestMatchers("/login").permitAll()
				.requestMatchers("/console/dashboard/**").hasRole("TEAM_LEAD")
				.anyRequest().hasRole("AGENT"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", true).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(f -> f.changeSessionId()));
		return http.build();
	}
}
