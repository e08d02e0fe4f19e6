package io.crossback.tenancy;

import java.util.List;

/**
 * Lets a module open some of its {@code /api/**} paths to callers without an API key (for example the public
 * tracking link or the evidence log's checkpoint). Ant-style patterns.
 */
public interface PublicPaths {

	List<String> patterns();
}
