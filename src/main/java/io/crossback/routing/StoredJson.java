package io.crossback.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.crossback.cases.Channel;
import io.crossback.core.WireValue;
import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;

/** The JSON shapes of a work item's demand and priority signals in {@code routing_work_item}. */
final class StoredJson {

	private StoredJson() {
	}

	record DemandJson(String team, @Nullable String language, @Nullable String market, @Nullable String channel,
			Set<String> skillTags, Map<String, String> requestedAttributes) {

		static DemandJson of(Demand demand) {
			return new DemandJson(demand.team(), demand.language() == null ? null : demand.language().value(),
					demand.market() == null ? null : demand.market().value(),
					demand.channel() == null ? null : demand.channel().wire(), demand.skillTags(),
					demand.requestedAttributes());
		}

		Demand toDemand() {
			return new Demand(team, language == null ? null : LanguageCode.of(language),
					market == null ? null : CountryCode.of(market),
					channel == null ? null : WireValue.parse(Channel.class, channel).orElse(null),
					skillTags == null ? Set.of() : skillTags, requestedAttributes == null ? Map.of() : requestedAttributes);
		}
	}

	record SignalsJson(boolean vip, Instant submittedAt, @Nullable String urgency, @Nullable String emotion,
			List<RiskJson> slaRisks) {

		static SignalsJson of(PrioritySignals signals) {
			return new SignalsJson(signals.vip(), signals.submittedAt(),
					signals.urgency() == null ? null : signals.urgency().wire(),
					signals.emotion() == null ? null : signals.emotion().wire(),
					signals.slaRisks().stream().map(r -> new RiskJson(r.clock(), r.state().wire())).toList());
		}

		PrioritySignals toSignals() {
			return new PrioritySignals(vip, submittedAt,
					urgency == null ? null : WireValue.parse(PrioritySignals.Urgency.class, urgency).orElse(null),
					emotion == null ? null : WireValue.parse(PrioritySignals.Emotion.class, emotion).orElse(null),
					slaRisks == null ? List.of()
							: slaRisks.stream()
								.map(r -> new PrioritySignals.SlaRisk(r.clock(),
										WireValue.parse(PrioritySignals.SlaState.class, r.state()).orElseThrow()))
								.toList());
		}
	}

	record RiskJson(String clock, String state) {
	}
}
