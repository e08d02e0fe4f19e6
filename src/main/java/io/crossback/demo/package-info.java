/**
 * Demo data for the embedded start: on an empty database, a few hundred orders across many markets and languages, and
 * cases in every status, so the API and the UI show something real.
 */
@NullMarked
package io.crossback.demo;

import org.jspecify.annotations.NullMarked;
