/**
 * Tenants (merchants), their API keys (stored only as hashes), the request's tenant, and the bootstrap tenant.
 */
@NullMarked
package io.crossback.tenancy;

import org.jspecify.annotations.NullMarked;
