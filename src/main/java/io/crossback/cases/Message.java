package io.crossback.cases;

import java.time.Instant;

/** A message on a case. Internal notes are never shown to the customer. */
public record Message(long id, MessageAuthor author, String text, Instant at) {
}
