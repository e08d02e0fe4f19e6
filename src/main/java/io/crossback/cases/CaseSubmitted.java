package io.crossback.cases;

import java.time.Instant;

import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.core.TenantId;

/**
 * A customer's after-sales request was accepted. Carries what listeners need (sla, triage, routing, ledger) so that
 * none of them has to call back. {@code message} is the customer's first message, possibly empty.
 */
public record CaseSubmitted(TenantId tenantId, CaseId caseId, CaseType type, Reason reason, Channel channel,
		String orderId, CountryCode market, LanguageCode customerLanguage, boolean vip, String message, Instant at) {
}
