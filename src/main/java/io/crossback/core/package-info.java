/**
 * Shared kernel: the few value types every module speaks (tenant, money, country, language) and the clock.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.crossback.core;

import org.jspecify.annotations.NullMarked;
