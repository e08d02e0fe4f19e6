package io.crossback.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * All markets' rule files, read once from {@code classpath:policy/markets/*.yaml}. A member state of the European
 * Union without a file of its own is answered by the {@code EU} file, counted on that state's own calendar.
 */
@Component
class MarketRuleBook {

	static final String EU = "EU";

	private final Map<String, MarketRules> markets;

	MarketRuleBook() {
		this(load("classpath:policy/markets/*.yaml"));
	}

	MarketRuleBook(Map<String, MarketRules> markets) {
		this.markets = java.util.Collections.unmodifiableMap(new TreeMap<>(markets));
	}

	static Map<String, MarketRules> load(String pattern) {
		YAMLMapper yaml = YAMLMapper.builder()
			.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
		Map<String, MarketRules> found = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				MarketRules rules;
				try (InputStream in = resource.getInputStream()) {
					rules = yaml.readValue(in, MarketRules.class);
				}
				check(resource.getFilename(), rules);
				found.put(rules.market(), rules);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return found;
	}

	private static void check(String fileName, MarketRules rules) {
		if (!(rules.market() + ".yaml").equals(fileName)) {
			throw new IllegalStateException(fileName + " declares market " + rules.market());
		}
		if (rules.rules().isEmpty()) {
			throw new IllegalStateException(fileName + " has no rules");
		}
		if (!EU.equals(rules.market()) && !rules.market().equals(rules.calendar())) {
			throw new IllegalStateException(fileName + " must count on its own calendar");
		}
		rules.languages().forEach(LanguageCode::of);
		Set<String> versions = new HashSet<>();
		Set<Object> days = new HashSet<>();
		for (MarketRules.Rule rule : rules.rules()) {
			if (!versions.add(rule.version()) || !days.add(rule.effectiveFrom())) {
				throw new IllegalStateException(fileName + " repeats version or effectiveFrom " + rule.version());
			}
		}
	}

	/** The rules for a market code (a country code or {@code EU}), with the calendar its periods are counted on. */
	Optional<Market> find(String code) {
		MarketRules own = markets.get(code);
		if (own != null) {
			return Optional.of(new Market(code, own,
					own.calendar() == null ? Optional.empty() : Optional.of(CountryCode.of(own.calendar()))));
		}
		if (CountryCode.isValid(code) && CountryCode.of(code).isEu()) {
			return Optional.of(new Market(code, markets.get(EU), Optional.of(CountryCode.of(code))));
		}
		return Optional.empty();
	}

	/** Every market code {@link #find(String)} answers, own files first. */
	Collection<String> codes() {
		Set<String> codes = new java.util.TreeSet<>(markets.keySet());
		for (String iso : java.util.Locale.getISOCountries()) {
			if (CountryCode.of(iso).isEu()) {
				codes.add(iso);
			}
		}
		return codes;
	}

	Collection<MarketRules> files() {
		return markets.values();
	}

	/** A market as asked for: its code, its rule file and the country whose working days count (none for EU). */
	record Market(String code, MarketRules rules, Optional<CountryCode> calendar) {
	}
}
