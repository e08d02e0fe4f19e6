package io.crossback.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.cases.Resolution;
import io.crossback.core.WireValue;
import io.crossback.orders.ItemKind;
import io.crossback.core.CountryCode;
import io.crossback.core.InvalidInput;
import io.crossback.core.InvalidInput.FieldError;
import io.crossback.core.Money;
import io.crossback.core.NotFound;
import io.crossback.core.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code PUT/GET /api/v1/return-policies/{market}}: a tenant's own return policy per market (an ISO country code or
 * {@code default}). The version travels as a strong ETag; {@code If-Match} is optional on PUT.
 */
@RestController
@Tag(name = "Return policies", description = "Statutory and merchant return rights per market")
class ReturnPolicyController {

	private final MerchantPolicies policies;

	ReturnPolicyController(MerchantPolicies policies) {
		this.policies = policies;
	}

	@GetMapping("/api/v1/return-policies/{market}")
	@Operation(summary = "Read the tenant's own return policy for a market (country code or 'default')")
	ResponseEntity<PolicyBody> get(TenantId tenantId, @PathVariable String market) {
		MerchantPolicy policy = policies.find(tenantId, market(market))
			.orElseThrow(() -> new NotFound("no return policy for market " + market));
		return ResponseEntity.ok().eTag(etag(policy)).body(PolicyBody.of(policy));
	}

	@PutMapping("/api/v1/return-policies/{market}")
	@Operation(summary = "Create or replace the tenant's return policy for a market; If-Match optional")
	ResponseEntity<PolicyBody> put(TenantId tenantId, @PathVariable String market, @RequestBody PolicyBody body,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		MerchantPolicy policy = body.toPolicy(market(market));
		MerchantPolicy saved = policies.save(tenantId, policy, version(ifMatch));
		return ResponseEntity.ok().eTag(etag(saved)).body(PolicyBody.of(saved));
	}

	private static String market(String market) {
		if (MerchantPolicy.DEFAULT.equals(market) || CountryCode.isValid(market)) {
			return market;
		}
		throw InvalidInput.of("market", "'" + market + "' is neither an ISO 3166-1 alpha-2 code (upper case) nor 'default'");
	}

	private static String etag(MerchantPolicy policy) {
		return "\"" + policy.version() + "\"";
	}

	private static @Nullable Long version(@Nullable String ifMatch) {
		if (ifMatch == null) {
			return null;
		}
		String tag = ifMatch.trim();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException e) {
			throw InvalidInput.of("If-Match", "'" + ifMatch + "' is not a version this API issued (e.g. \"3\")");
		}
	}

	/** A merchant policy as JSON; also the PUT body (version and market are ignored there). */
	record PolicyBody(@Nullable String market, @Nullable Integer returnWindowDays, @Nullable String dayKind,
			@Nullable String returnShippingPayer, @Nullable BigDecimal restockingFeePercent,
			@Nullable List<String> excludedItemKinds, @Nullable MoneyBody returnlessRefundBelow,
			@Nullable List<String> allowedResolutions, @Nullable String returnMethod, @Nullable String codRefundMethod,
			@Nullable Long version) {

		static PolicyBody of(MerchantPolicy p) {
			return new PolicyBody(p.market(), p.returnWindowDays(), p.dayKind().wire(), p.returnShippingPayer().wire(),
					p.restockingFeePercent(), p.excludedItemKinds().stream().sorted().map(WireValue::wire).toList(),
					p.returnlessRefundBelow() == null ? null
							: new MoneyBody(p.returnlessRefundBelow().amount().toPlainString(),
									p.returnlessRefundBelow().currency().getCurrencyCode()),
					p.allowedResolutions().stream().map(WireValue::wire).toList(), p.returnMethod().wire(),
					p.codRefundMethod().wire(), p.version());
		}

		MerchantPolicy toPolicy(String market) {
			List<FieldError> errors = new ArrayList<>();
			if (returnWindowDays == null || returnWindowDays < 0 || returnWindowDays > 366) {
				errors.add(new FieldError("returnWindowDays", "is required, 0 to 366", List.of()));
			}
			DayKind kind = PolicyController.choice("dayKind", dayKind, DayKind.class, null, errors);
			ShippingPayer payer = PolicyController.choice("returnShippingPayer", returnShippingPayer,
					ShippingPayer.class, null, errors);
			if (payer == ShippingPayer.UNSPECIFIED) {
				errors.add(new FieldError("returnShippingPayer", "a merchant policy says who pays: consumer or seller",
						List.of("consumer", "seller")));
			}
			BigDecimal fee = restockingFeePercent == null ? BigDecimal.ZERO : restockingFeePercent;
			if (fee.signum() < 0 || fee.compareTo(BigDecimal.valueOf(100)) > 0 || fee.stripTrailingZeros().scale() > 2) {
				errors.add(new FieldError("restockingFeePercent", "must be 0 to 100 with at most two decimals", List.of()));
			}
			Set<ItemKind> excluded = EnumSet.noneOf(ItemKind.class);
			List<String> kinds = excludedItemKinds == null ? List.of() : excludedItemKinds;
			for (int i = 0; i < kinds.size(); i++) {
				ItemKind k = PolicyController.choice("excludedItemKinds[" + i + "]", kinds.get(i), ItemKind.class, null,
						errors);
				if (k != null) {
					excluded.add(k);
				}
			}
			Money returnless = null;
			if (returnlessRefundBelow != null) {
				try {
					returnless = Money.of(returnlessRefundBelow.amount(), returnlessRefundBelow.currency());
				}
				catch (RuntimeException e) {
					errors.add(new FieldError("returnlessRefundBelow", "needs an amount and an ISO 4217 currency: "
							+ e.getMessage(), List.of()));
				}
			}
			List<Resolution> resolutions = new ArrayList<>();
			List<String> wanted = allowedResolutions == null ? List.of("refund", "exchange", "store_credit")
					: allowedResolutions;
			List<String> allowed = WireValue.allowed(Resolution.class).stream().filter(r -> !r.equals("rejected")).toList();
			for (int i = 0; i < wanted.size(); i++) {
				var r = WireValue.parse(Resolution.class, wanted.get(i)).filter(x -> x != Resolution.REJECTED);
				if (r.isEmpty()) {
					errors.add(new FieldError("allowedResolutions[" + i + "]",
							"'" + wanted.get(i) + "' is not one of " + allowed, allowed));
				}
				else {
					resolutions.add(r.get());
				}
			}
			if (allowedResolutions != null && allowedResolutions.isEmpty()) {
				errors.add(new FieldError("allowedResolutions", "must name at least one resolution", allowed));
			}
			MerchantPolicy.ReturnMethod method = PolicyController.choice("returnMethod", returnMethod,
					MerchantPolicy.ReturnMethod.class, MerchantPolicy.ReturnMethod.DROP_OFF, errors);
			MerchantPolicy.CodRefundMethod cod = PolicyController.choice("codRefundMethod", codRefundMethod,
					MerchantPolicy.CodRefundMethod.class, MerchantPolicy.CodRefundMethod.BANK_TRANSFER, errors);
			if (!errors.isEmpty()) {
				throw new InvalidInput(errors);
			}
			return new MerchantPolicy(market, returnWindowDays, kind, payer, fee.stripTrailingZeros(), excluded,
					returnless, resolutions, method, cod, 0);
		}
	}

	record MoneyBody(String amount, String currency) {

		MoneyBody {
			if (amount == null || currency == null || Currency.getAvailableCurrencies().stream()
				.noneMatch(c -> c.getCurrencyCode().equals(currency))) {
				throw new IllegalArgumentException("amount and currency are required");
			}
		}
	}
}
