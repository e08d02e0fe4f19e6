package io.crossback.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the {@link PersonalDataCipher}: the configured key, or a generated one kept in a local key file. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

	@Bean
	PersonalDataCipher personalDataCipher(PrivacySettings settings) throws IOException {
		if (settings.personalDataKey() != null && !settings.personalDataKey().isBlank()) {
			return new PersonalDataCipher(Base64.getDecoder().decode(settings.personalDataKey().trim()));
		}
		if (settings.keyFile() == null || settings.keyFile().isBlank()) {
			log.warn("No personal-data key configured: using a throw-away key (data will not be readable after restart)");
			return new PersonalDataCipher(PersonalDataCipher.newKey());
		}
		Path file = Path.of(settings.keyFile());
		if (!Files.exists(file)) {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(PersonalDataCipher.newKey()));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException e) {
				// not a POSIX file system
			}
			log.info("Generated a development personal-data key in {}", file.toAbsolutePath());
		}
		return new PersonalDataCipher(Base64.getDecoder().decode(Files.readString(file).trim()));
	}
}
