package io.crossback.cases;

/** An order line the case is about, and how many of its items. */
public record CaseLine(String lineId, int quantity) {
}
