package io.crossback.triage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the triage module.
 *
 * @param warmUp load the language models in the background at startup (about 20 s of one core and 600 MB of heap for
 * 29 languages), so the first messages are not slow; tests switch it off
 * @param triageAgentMessages also triage messages written by agents (only customer messages by default)
 */
@ConfigurationProperties("crossback.triage")
record TriageSettings(@DefaultValue("true") boolean warmUp, @DefaultValue("false") boolean triageAgentMessages) {
}
