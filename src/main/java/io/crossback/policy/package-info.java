/**
 * Return policies: the statutory consumer rights of each market (rules as versioned data files), each merchant's own
 * policy per market, and the decision that combines them without ever giving less than the law.
 */
@NullMarked
package io.crossback.policy;

import org.jspecify.annotations.NullMarked;
