package io.crossback.routing;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.crossback.cases.Channel;
import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;

/**
 * What a piece of work asks of the agent who takes it. {@code team} and {@code language} (when known) are hard
 * constraints, as are {@code requestedAttributes}, which hold only what the customer explicitly asked for (for
 * example {@code gender=female}); market, channel and skill tags only score.
 */
record Demand(String team, @Nullable LanguageCode language, @Nullable CountryCode market, @Nullable Channel channel,
		Set<String> skillTags, Map<String, String> requestedAttributes) {

	Demand {
		Objects.requireNonNull(team, "team");
		skillTags = Set.copyOf(skillTags);
		requestedAttributes = Map.copyOf(requestedAttributes);
	}
}
