package io.crossback.console;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.crossback.cases.CaseId;
import io.crossback.cases.CaseViewContributor;
import io.crossback.core.TenantId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The next SLA deadline of a case, read from the {@code sla} section the SLA module contributes to the case view (the
 * same JSON the API shows): the earliest due instant among active metrics, or the first breached metric.
 */
@Component
class SlaDeadlines {

	/** A case's next deadline: {@code metric} (e.g. {@code first_response}) due at {@code dueAt}, or breached. */
	record Deadline(String metric, @Nullable Instant dueAt, boolean breached) {
	}

	private final ObjectProvider<CaseViewContributor> contributors;

	private final JsonMapper json;

	SlaDeadlines(ObjectProvider<CaseViewContributor> contributors, JsonMapper json) {
		this.contributors = contributors;
		this.json = json;
	}

	Optional<Deadline> next(TenantId tenant, CaseId caseId) {
		return contributors.orderedStream()
			.filter(contributor -> contributor.key().equals("sla"))
			.findFirst()
			.flatMap(contributor -> contributor.contribute(tenant, caseId))
			.flatMap(section -> next(json.valueToTree(section)));
	}

	static Optional<Deadline> next(JsonNode section) {
		Deadline next = null;
		for (JsonNode metric : section.path("metrics")) {
			String name = metric.path("metric").asString("");
			String status = metric.path("status").asString("");
			if (status.equals("breached")) {
				return Optional.of(new Deadline(name, null, true));
			}
			Instant due = instant(metric.path("dueAt"));
			if (status.equals("active") && due != null
					&& (next == null || next.dueAt() == null || due.isBefore(next.dueAt()))) {
				next = new Deadline(name, due, false);
			}
		}
		return Optional.ofNullable(next);
	}

	private static @Nullable Instant instant(JsonNode node) {
		if (node.isNull() || node.isMissingNode()) {
			return null;
		}
		try {
			return Instant.parse(node.asString());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
