/**
 * The evidence log: a tamper-evident, publicly verifiable record of every key after-sales step, built as an RFC
 * 9162 Merkle tree with C2SP signed checkpoints. Other modules record steps through {@link io.crossback.ledger.EvidenceLog}.
 */
@NullMarked
package io.crossback.ledger;

import org.jspecify.annotations.NullMarked;
