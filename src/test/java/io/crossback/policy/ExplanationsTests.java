package io.crossback.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class ExplanationsTests {

	Explanations explanations = new Explanations();

	@Test // #4
	void everyTranslationHasEveryMessage() throws IOException {
		Properties english = load("classpath:policy/i18n/explanations.properties");
		Resource[] bundles = new PathMatchingResourcePatternResolver()
			.getResources("classpath:policy/i18n/explanations_*.properties");
		assertThat(bundles).hasSizeGreaterThanOrEqualTo(21);
		for (Resource bundle : bundles) {
			Properties translated = load(bundle);
			assertThat(translated.stringPropertyNames()).as(bundle.getFilename())
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			for (String key : english.stringPropertyNames()) {
				for (String placeholder : new String[] { "{law}", "{date}" }) {
					assertThat(translated.getProperty(key).contains(placeholder))
						.as("%s %s keeps %s", bundle.getFilename(), key, placeholder)
						.isEqualTo(english.getProperty(key).contains(placeholder));
				}
			}
		}
	}

	@Test // #4
	void everyMarketLanguageIsSpoken() {
		for (MarketRules market : new MarketRuleBook().files()) {
			for (String language : market.languages()) {
				assertThat(Explanations.speaks(language)).as("%s speaks %s", market.market(), language).isTrue();
			}
		}
		assertThat(Explanations.speaks("sv")).isFalse();
	}

	@Test // #4
	void explainsInTheMarketsLanguagesWithLocalDates() {
		var statutory = new StatutoryAnswer(true, Basis.WITHDRAWAL, LocalDate.of(2026, 11, 23), DayKind.CALENDAR,
				ShippingPayer.CONSUMER, 14, "Закон о защите прав потребителей ст. 26.1", null, "RU-2012-01-01",
				LocalDate.of(2026, 11, 23), false);
		var effective = EffectiveAnswer.of(statutory, null);

		var texts = explanations.explain(java.util.List.of("ru", "sv"), statutory, null, effective);

		assertThat(texts).containsOnlyKeys("en", "ru");
		assertThat(texts.get("ru")).contains("23 ноября 2026").contains("ст. 26.1").contains("несёте вы");
		assertThat(explanations.explain(Locale.forLanguageTag("he"), statutory, null, effective)).contains("עד");
	}

	private static Properties load(String location) throws IOException {
		return load(new PathMatchingResourcePatternResolver().getResource(location));
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
