/**
 * Shared web plumbing only: problem responses for every module, OpenAPI description, request limits.
 */
@NullMarked
package io.crossback.web;

import org.jspecify.annotations.NullMarked;
