/**
 * Smart dispatch: agents (languages, markets, skills, teams, capacity, shifts), the priority of waiting work, and who
 * owns a case or a department task.
 * <p>
 * Routing listens to {@link io.crossback.cases.CaseSubmitted} and {@link io.crossback.cases.CaseTransitioned}; it adds
 * {@code owner}, {@code queue}, {@code priority} and {@code tasks} to a case's JSON. The console reads its queues
 * through {@link io.crossback.routing.Queues} and gives its users a routing profile through
 * {@link io.crossback.routing.AgentEnrolment}.
 */
@NullMarked
package io.crossback.routing;

import org.jspecify.annotations.NullMarked;
