/**
 * The after-sales case: its lifecycle per type, timeline, messages and idempotent intake.
 * <p>
 * Other modules learn about cases from the events here ({@link io.crossback.cases.CaseSubmitted},
 * {@link io.crossback.cases.CaseTransitioned}, {@link io.crossback.cases.CaseMessagePosted}) and add their view of a
 * case through {@link io.crossback.cases.CaseViewContributor}.
 */
@NullMarked
package io.crossback.cases;

import org.jspecify.annotations.NullMarked;
