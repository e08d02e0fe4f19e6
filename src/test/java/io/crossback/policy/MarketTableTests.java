package io.crossback.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/policy/markets.md} in step with the rule files. Run with
 * {@code -Dcrossback.policy.write-docs=true} to rewrite it after changing a file.
 */
class MarketTableTests {

	@Test // #4
	void committedMarketTableMatchesTheRuleFiles() throws IOException {
		String rendered = MarketTable.render(new MarketRuleBook());
		Path file = Path.of(MarketTable.PATH);
		if (Boolean.getBoolean("crossback.policy.write-docs")) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, rendered, StandardCharsets.UTF_8);
		}
		assertThat(file).as("%s is missing: run with -Dcrossback.policy.write-docs=true", file).exists();
		assertThat(Files.readString(file, StandardCharsets.UTF_8))
			.as("%s is stale: run ./mvnw test -Dtest=MarketTableTests -Dcrossback.policy.write-docs=true", file)
			.isEqualTo(rendered);
	}

	@Test // #4
	void tableHasARowPerMarketWithItsCitation() {
		String rendered = MarketTable.render(new MarketRuleBook());
		for (String market : MarketRuleBookTests.ISSUE_MARKETS) {
			assertThat(rendered).contains("| " + market + " ");
		}
		assertThat(rendered).contains("BGB §§ 312g, 355, 356").contains("`sealed_hygiene` once unsealed");
	}
}
