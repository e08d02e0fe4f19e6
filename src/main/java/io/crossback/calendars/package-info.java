/**
 * Business calendars: which days are working days in a country (and region), and working-time arithmetic over them.
 * Shared by the return-policy engine (statutory periods) and service levels (SLA due times).
 */
@NullMarked
package io.crossback.calendars;

import org.jspecify.annotations.NullMarked;
