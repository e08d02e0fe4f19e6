package io.crossback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

/** Every supported language has every customer-facing text, and every text is a valid ICU message. */
class I18nSyncTests {

	static Set<String> languages() {
		return new TreeSet<>(Languages.SUPPORTED);
	}

	@ParameterizedTest
	@MethodSource("languages")
	void hasEveryCustomerFacingText(String language) throws IOException {
		Properties english = load("");
		Properties translated = language.equals("en") ? english : load("_" + language);
		Set<String> customerFacing = english.stringPropertyNames()
			.stream()
			.filter(key -> !key.startsWith("console."))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(translated.stringPropertyNames()).containsAll(customerFacing);
		for (String key : translated.stringPropertyNames()) {
			MessageFormat format = new MessageFormat(translated.getProperty(key), ULocale.forLocale(Locale.forLanguageTag(language)));
			assertThat(format.format(new Object[] { 3, "x" })).as(key).isNotBlank();
		}
	}

	static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		try (var in = I18nSyncTests.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
			assertThat(in).as("bundle messages" + suffix).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
