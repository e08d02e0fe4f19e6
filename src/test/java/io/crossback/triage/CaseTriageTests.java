package io.crossback.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import io.crossback.cases.CaseId;
import io.crossback.cases.CaseMessagePosted;
import io.crossback.cases.MessageAuthor;
import io.crossback.core.TenantId;

/** The listener on case messages: stores one triage per message, publishes it, ignores agents. #6 */
@SpringBootTest
class CaseTriageTests {

	@Autowired
	CaseTriage listener;

	@Autowired
	TriageResults results;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MessageTriage triage;

	@BeforeEach
	void loadLanguageModels() {
		// the first detection loads Lingua's models, which takes a while on a busy machine
		triage.triage("Le colis est arrivé, where is it? Das Paket.", null, null);
	}

	private final TenantId tenant = TenantId.of("t-" + UUID.randomUUID().toString().substring(0, 18));

	private final CaseId caseId = CaseId.random();

	@Test // #6
	void storesOneTriagePerMessageEvenWhenTheEventComesTwice() {
		var posted = new CaseMessagePosted(tenant, caseId, 7, MessageAuthor.CUSTOMER,
				"My parcel still hasn't arrived, where is it?", Instant.parse("2026-11-20T10:00:00Z"));

		listener.handle(posted);
		listener.handle(posted);

		assertThat(results.ofCase(tenant, caseId)).singleElement().satisfies(stored -> {
			assertThat(stored.source()).isEqualTo("message:7");
			assertThat(stored.result().category()).isEqualTo(Category.WHERE_IS_MY_ORDER);
			assertThat(stored.result().language()).isEqualTo("en");
		});
	}

	@Test // #6
	void triagesCustomerMessagesPublishedAfterCommit() {
		transactions.executeWithoutResult(status -> events.publishEvent(new CaseMessagePosted(tenant, caseId, 8,
				MessageAuthor.CUSTOMER, "Le colis est arrivé cassé, je veux un remboursement.", Instant.now())));

		await().atMost(Duration.ofSeconds(120)).until(() -> results.ofCase(tenant, caseId).size() == 1);
		assertThat(results.ofCase(tenant, caseId).get(0).result().language()).isEqualTo("fr");
	}

	@Test // #6
	void ignoresAgentMessages() {
		listener.handle(new CaseMessagePosted(tenant, caseId, 9, MessageAuthor.AGENT, "We are sorry, a new one is on its way.",
				Instant.now()));

		assertThat(results.ofCase(tenant, caseId)).isEmpty();
	}
}
