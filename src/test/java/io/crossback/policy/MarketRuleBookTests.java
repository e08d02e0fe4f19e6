package io.crossback.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarketRuleBookTests {

	static final List<String> ISSUE_MARKETS = List.of("EU", "DE", "FR", "ES", "IT", "NL", "PL", "GB", "US", "CA", "BR",
			"MX", "CN", "JP", "KR", "AU", "SA", "AE", "TR", "IN", "ID", "TH", "MY", "SG", "PH", "VN", "RU", "IL", "CH",
			"NO");

	MarketRuleBook book = new MarketRuleBook();

	@Test // #4
	void readsAFileForEachOfTheThirtyMarkets() {
		assertThat(book.files()).extracting(MarketRules::market).containsExactlyInAnyOrderElementsOf(ISSUE_MARKETS);
	}

	@Test // #4
	void answersMemberStatesWithoutAFileByTheEuDefaultOnTheirOwnCalendar() {
		var austria = book.find("AT").orElseThrow();
		assertThat(austria.rules().market()).isEqualTo("EU");
		assertThat(austria.calendar()).map(Object::toString).contains("AT");
		assertThat(book.find("DE").orElseThrow().rules().market()).isEqualTo("DE");
		assertThat(book.find("ZA")).isEmpty();
		assertThat(book.find("de")).isEmpty();
	}

	@Test // #4
	void everyRuleCitesItsLawAndASource() {
		for (MarketRules market : book.files()) {
			for (MarketRules.Rule rule : market.rules()) {
				assertThat(rule.law()).as(market.market()).isNotBlank();
				assertThat(rule.sources()).as(market.market()).isNotEmpty()
					.allSatisfy(s -> assertThat(s.url()).startsWith("http"));
				assertThat(rule.version()).startsWith(market.market() + "-");
			}
		}
	}
}
