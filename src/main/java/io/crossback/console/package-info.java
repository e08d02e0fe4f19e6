/**
 * The agent console: login for a tenant's agents, team leads and admins; queues, the case view with actions and
 * replies, and the team lead's dashboard.
 */
@NullMarked
package io.crossback.console;

import org.jspecify.annotations.NullMarked;
