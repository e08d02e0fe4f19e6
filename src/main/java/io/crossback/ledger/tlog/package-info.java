/**
 * A Spring-free transparency-log library: RFC 6962/9162 Merkle tree hashing and proofs, C2SP tlog-checkpoint and
 * signed-note formats with Ed25519, and C2SP tlog-tiles paths. The server builds on it, and so can any verifier.
 */
@NullMarked
package io.crossback.ledger.tlog;

import org.jspecify.annotations.NullMarked;
