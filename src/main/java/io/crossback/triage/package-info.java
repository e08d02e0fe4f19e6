/**
 * Triage: offline language, category, sentiment and emotion detection for customer messages, the escalation signals
 * derived from them, the triage stored per case and the agents' corrections kept as labelled feedback.
 * <p>
 * Other modules react to {@link io.crossback.triage.MessageTriaged}; everything runs in process from models and
 * lexicons on the classpath, never from the network.
 */
@NullMarked
package io.crossback.triage;

import org.jspecify.annotations.NullMarked;
