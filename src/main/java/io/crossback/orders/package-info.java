/**
 * The shop's order snapshots: what was bought, by whom, delivered where and when. Customer name and e-mail are stored
 * encrypted and can be erased.
 */
@NullMarked
package io.crossback.orders;

import org.jspecify.annotations.NullMarked;
