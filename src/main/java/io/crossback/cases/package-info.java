/**
 * The after-sales case: its lifecycle per type, timeline, messages and idempotent intake.
 * <p>
 * Intake stores the case, in one transaction with the requests arriving at the same time (ADR 0007), and answers;
 * {@link io.crossback.cases.CaseSubmitted} and the first message's {@link io.crossback.cases.CaseMessagePosted} are
 * published just after it by the intake worker, in batches, or by any later change of the case, whichever comes first
 * (ADR 0006).
 * <p>
 * Other modules learn about cases from the events here ({@link io.crossback.cases.CaseSubmitted},
 * {@link io.crossback.cases.CaseTransitioned}, {@link io.crossback.cases.CaseMessagePosted}) and add their view of a
 * case through {@link io.crossback.cases.CaseViewContributor}.
 */
@NullMarked
package io.crossback.cases;

import org.jspecify.annotations.NullMarked;
