/**
 * The customer portal: a consumer starts a request with order number and e-mail, sees what the law and the merchant
 * grant, submits, and follows the case on its tracking page. Public, no account; lookups are rate-limited.
 */
@NullMarked
package io.crossback.portal;

import org.jspecify.annotations.NullMarked;
