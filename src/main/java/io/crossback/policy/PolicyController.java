package io.crossback.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.cases.Reason;
import io.crossback.core.WireValue;
import io.crossback.orders.ItemKind;
import io.crossback.core.InvalidInput;
import io.crossback.core.InvalidInput.FieldError;
import io.crossback.core.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/v1/policy/evaluate}: the statutory, merchant and effective answer to a return request. */
@RestController
@Tag(name = "Return policies", description = "Statutory and merchant return rights per market")
class PolicyController {

	private final ReturnPolicyDecisions decisions;

	private final Clock clock;

	PolicyController(ReturnPolicyDecisions decisions, Clock clock) {
		this.decisions = decisions;
		this.clock = clock;
	}

	@PostMapping("/api/v1/policy/evaluate")
	@Operation(summary = "Judge a return request: statutory, merchant and effective answer, explained")
	PolicyViews.Evaluation evaluate(TenantId tenantId, @RequestBody EvaluateBody body) {
		List<FieldError> errors = new ArrayList<>();
		String market = body.market();
		MarketRuleBook.Market resolved = null;
		if (market == null || market.isBlank()) {
			errors.add(new FieldError("market", "is required", List.of()));
		}
		else {
			try {
				resolved = decisions.market(market);
			}
			catch (InvalidInput e) {
				errors.addAll(e.errors());
			}
		}
		LocalDate deliveredOn = date("deliveredOn", body.deliveredOn(), true, errors);
		LocalDate requestedOn = date("requestedOn", body.requestedOn(), false, errors);
		if (requestedOn == null && resolved != null && body.requestedOn() == null) {
			requestedOn = LocalDate.now(clock.withZone(resolved.rules().timeZone()));
		}
		Reason reason = choice("reason", body.reason(), Reason.class, null, errors);
		ItemKind itemKind = choice("itemKind", body.itemKind(), ItemKind.class, null, errors);
		if (deliveredOn != null && requestedOn != null && requestedOn.isBefore(deliveredOn)) {
			errors.add(new FieldError("requestedOn", "must not be before deliveredOn (" + deliveredOn + ")", List.of()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var request = new ReturnRequest(deliveredOn, requestedOn, reason, itemKind, orElse(body.unsealed(), false),
				orElse(body.sellerInformedOfRight(), true), orElse(body.sellerReturnPolicyDisplayed(), true));
		return PolicyViews.Evaluation.of(decisions.decide(tenantId, market, request));
	}

	record EvaluateBody(@Nullable String market, @Nullable String deliveredOn, @Nullable String requestedOn,
			@Nullable String reason, @Nullable String itemKind, @Nullable Boolean unsealed,
			@Nullable Boolean sellerInformedOfRight, @Nullable Boolean sellerReturnPolicyDisplayed) {
	}

	static @Nullable LocalDate date(String field, @Nullable String value, boolean required, List<FieldError> errors) {
		if (value == null) {
			if (required) {
				errors.add(new FieldError(field, "is required (ISO date, e.g. 2026-11-07)", List.of()));
			}
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			errors.add(new FieldError(field, "'" + value + "' is not an ISO date (e.g. 2026-11-07)", List.of()));
			return null;
		}
	}

	static <E extends Enum<E> & WireValue> @Nullable E choice(String field, @Nullable String value, Class<E> type,
			@Nullable E fallback, List<FieldError> errors) {
		if (value == null) {
			if (fallback == null) {
				errors.add(new FieldError(field, "is required", WireValue.allowed(type)));
			}
			return fallback;
		}
		var parsed = WireValue.parse(type, value);
		if (parsed.isEmpty()) {
			errors.add(new FieldError(field, "'" + value + "' is not one of " + WireValue.allowed(type),
					WireValue.allowed(type)));
		}
		return parsed.orElse(null);
	}

	private static boolean orElse(@Nullable Boolean value, boolean fallback) {
		return value == null ? fallback : value;
	}
}
