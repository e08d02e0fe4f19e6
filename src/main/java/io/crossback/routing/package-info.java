/**
 * Smart dispatch: agents (languages, markets, skills, teams, capacity, shifts), the priority of waiting work, and who
 * owns a case or a department task.
 * <p>
 * Routing reacts inside the transaction that publishes them (for a new case, the intake worker's) to
 * {@link io.crossback.cases.CaseSubmitted},
 * {@link io.crossback.cases.CaseTransitioned} and {@link io.crossback.cases.CaseMessagePosted}, and to what sla and
 * triage learn ({@link io.crossback.sla.SlaAtRisk}, {@link io.crossback.sla.SlaBreached},
 * {@link io.crossback.triage.MessageTriaged}); it adds {@code owner}, {@code queue}, {@code priority} and {@code tasks}
 * to a case's JSON. The console reads its queues
 * through {@link io.crossback.routing.Queues} and gives its users a routing profile through
 * {@link io.crossback.routing.AgentEnrolment}.
 */
@NullMarked
package io.crossback.routing;

import org.jspecify.annotations.NullMarked;
