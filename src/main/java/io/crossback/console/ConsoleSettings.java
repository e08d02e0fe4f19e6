package io.crossback.console;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Console accounts of the bootstrap tenant.
 *
 * @param consolePassword the password of the demo users {@code lead} and {@code agent} (env
 * {@code CROSSBACK_BOOTSTRAP_CONSOLE_PASSWORD}); generated and logged once when unset
 */
@ConfigurationProperties("crossback.bootstrap")
record ConsoleSettings(@Nullable String consolePassword) {
}
