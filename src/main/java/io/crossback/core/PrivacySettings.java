package io.crossback.core;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the personal-data key comes from.
 *
 * @param personalDataKey base64 of 32 random bytes (env {@code CROSSBACK_PRIVACY_PERSONAL_DATA_KEY}); required in
 * production
 * @param keyFile where a development key is generated and kept when no key is configured
 */
@ConfigurationProperties("crossback.privacy")
record PrivacySettings(@Nullable String personalDataKey, @Nullable String keyFile) {
}
