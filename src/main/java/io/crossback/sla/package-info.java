/**
 * Service levels: per-tenant SLA policies, the metrics they start on each case (measured on business calendars),
 * durable at-risk and breach timers, and the escalations they publish.
 */
@NullMarked
package io.crossback.sla;

import org.jspecify.annotations.NullMarked;
