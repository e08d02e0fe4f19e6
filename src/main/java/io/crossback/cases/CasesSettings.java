package io.crossback.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cases module.
 *
 * @param publicBaseUrl where customers reach this installation; tracking links start with it
 * @param intake how new cases are written (ADR 0007)
 * @param reactions when the reactions to an intake run (ADR 0006)
 */
@ConfigurationProperties("crossback.cases")
public record CasesSettings(@DefaultValue("http://localhost:8080") String publicBaseUrl, @DefaultValue Intake intake,
		@DefaultValue Reactions reactions) {

	/** The customer's tracking page of a case. */
	public String trackingUrl(Case c) {
		int end = publicBaseUrl.length();
		while (end > 0 && publicBaseUrl.charAt(end - 1) == '/') {
			end--;
		}
		return publicBaseUrl.substring(0, end) + "/portal/" + c.tenantId() + "/track/" + c.trackingToken();
	}

	/**
	 * When policy, sla, routing, triage and the evidence log react to a new case.
	 *
	 * @param inline {@code false} (the default): intake answers as soon as the case is stored and a worker runs the
	 * reactions in batches, woken by each intake; {@code true}: the request that created the case runs them right
	 * after its commit and answers with their results (slower, for tests and tools that read the case back at once)
	 * @param worker whether this instance runs the worker (it also picks up what a crashed instance left)
	 * @param batchSize how many intakes the worker takes per transaction
	 * @param pollInterval how often the worker looks for intakes that no wake-up announced (other instances, retries)
	 */
	public record Reactions(@DefaultValue("false") boolean inline, @DefaultValue("true") boolean worker,
			@DefaultValue("100") int batchSize, @DefaultValue("PT1S") Duration pollInterval) {
	}

	/**
	 * How new cases are written.
	 *
	 * @param groupCommit {@code true} (the default): requests arriving while another batch is being written are
	 * written together, in one transaction; {@code false}: each request in a transaction of its own
	 * @param maxBatch the most requests written in one transaction
	 * @param writers how many batches one instance writes at the same time
	 */
	public record Intake(@DefaultValue("true") boolean groupCommit, @DefaultValue("64") int maxBatch,
			@DefaultValue("4") int writers) {
	}
}
