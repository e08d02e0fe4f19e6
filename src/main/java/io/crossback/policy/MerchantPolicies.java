package io.crossback.policy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.cases.Resolution;
import io.crossback.core.WireValue;
import io.crossback.orders.ItemKind;
import io.crossback.core.Conflict;
import io.crossback.core.Money;
import io.crossback.core.TenantId;
import io.crossback.core.TransactionMemo;

/** Merchant policies per tenant and market, with an optimistic version per row. */
@Repository
class MerchantPolicies {

	private static final String MEMO = "policy.merchant-policy";

	private final JdbcClient jdbc;

	private final Clock clock;

	MerchantPolicies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<MerchantPolicy> find(TenantId tenant, String market) {
		return jdbc.sql("select * from policy_merchant_policy where tenant_id = :tenant and market = :market")
			.param("tenant", tenant.value())
			.param("market", market)
			.query(MerchantPolicies::map)
			.optional();
	}

	/** The tenant's policy for the market, else its {@code default} policy. */
	@Transactional(readOnly = true)
	Optional<MerchantPolicy> forMarket(TenantId tenant, String market) {
		// read once per transaction: intake asks for it several times while deciding
		return TransactionMemo.get(MEMO, List.of(tenant, market),
				() -> find(tenant, market).or(() -> find(tenant, MerchantPolicy.DEFAULT)));
	}

	/**
	 * Creates or replaces the policy. With {@code expectedVersion} the stored version must match (If-Match); without
	 * it the write applies to whatever is stored. Returns the stored policy with its new version.
	 *
	 * @throws StaleVersion when the stored version is not the expected one
	 */
	@Transactional
	MerchantPolicy save(TenantId tenant, MerchantPolicy policy, @Nullable Long expectedVersion) {
		TransactionMemo.forget(MEMO, List.of(tenant, policy.market()));
		for (int attempt = 0; attempt < 3; attempt++) {
			Optional<MerchantPolicy> current = find(tenant, policy.market());
			if (expectedVersion != null && current.map(p -> p.version() != expectedVersion).orElse(true)) {
				throw new StaleVersion(policy.market(), expectedVersion, current.map(MerchantPolicy::version).orElse(null));
			}
			if (current.isEmpty()) {
				try {
					write(tenant, policy, 1, "insert into policy_merchant_policy (tenant_id, market, return_window_days, "
							+ "day_kind, return_shipping_payer, restocking_fee_percent, excluded_item_kinds, "
							+ "returnless_below_amount, returnless_below_currency, allowed_resolutions, return_method, "
							+ "cod_refund_method, version, updated_at) values (:tenant, :market, :window, :dayKind, :payer, "
							+ ":fee, :excluded, :amount, :currency, :resolutions, :method, :cod, :version, :at)", null);
					return find(tenant, policy.market()).orElseThrow();
				}
				catch (DuplicateKeyException raced) {
					continue; // someone created it meanwhile: read again
				}
			}
			long stored = current.get().version();
			int updated = write(tenant, policy, stored + 1, "update policy_merchant_policy set "
					+ "return_window_days = :window, day_kind = :dayKind, return_shipping_payer = :payer, "
					+ "restocking_fee_percent = :fee, excluded_item_kinds = :excluded, returnless_below_amount = :amount, "
					+ "returnless_below_currency = :currency, allowed_resolutions = :resolutions, return_method = :method, "
					+ "cod_refund_method = :cod, version = :version, updated_at = :at "
					+ "where tenant_id = :tenant and market = :market and version = :stored", stored);
			if (updated == 1) {
				return find(tenant, policy.market()).orElseThrow();
			}
			if (expectedVersion != null) {
				throw new StaleVersion(policy.market(), expectedVersion, null);
			}
		}
		throw new StaleVersion(policy.market(), null, null);
	}

	private int write(TenantId tenant, MerchantPolicy policy, long version, String sql, @Nullable Long stored) {
		var statement = jdbc.sql(sql)
			.param("tenant", tenant.value())
			.param("market", policy.market())
			.param("window", policy.returnWindowDays())
			.param("dayKind", policy.dayKind().wire())
			.param("payer", policy.returnShippingPayer().wire())
			.param("fee", policy.restockingFeePercent())
			.param("excluded", policy.excludedItemKinds().stream().sorted().map(WireValue::wire)
				.collect(Collectors.joining(",")))
			.param("amount", policy.returnlessRefundBelow() == null ? null : policy.returnlessRefundBelow().amount())
			.param("currency", policy.returnlessRefundBelow() == null ? null
					: policy.returnlessRefundBelow().currency().getCurrencyCode())
			.param("resolutions", policy.allowedResolutions().stream().map(WireValue::wire)
				.collect(Collectors.joining(",")))
			.param("method", policy.returnMethod().wire())
			.param("cod", policy.codRefundMethod().wire())
			.param("version", version)
			.param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
		if (stored != null) {
			statement = statement.param("stored", stored);
		}
		return statement.update();
	}

	private static MerchantPolicy map(ResultSet rs, int row) throws SQLException {
		BigDecimal amount = rs.getBigDecimal("returnless_below_amount");
		String currency = rs.getString("returnless_below_currency");
		Money returnless = amount == null ? null
				: new Money(amount.setScale(Math.max(Currency.getInstance(currency.trim()).getDefaultFractionDigits(), 0),
						java.math.RoundingMode.UNNECESSARY), Currency.getInstance(currency.trim()));
		return new MerchantPolicy(rs.getString("market"), rs.getInt("return_window_days"),
				parse(DayKind.class, rs.getString("day_kind")), parse(ShippingPayer.class, rs.getString("return_shipping_payer")),
				rs.getBigDecimal("restocking_fee_percent").stripTrailingZeros(),
				parseAll(ItemKind.class, rs.getString("excluded_item_kinds")), returnless,
				parseAll(Resolution.class, rs.getString("allowed_resolutions")).stream().sorted().toList(),
				parse(MerchantPolicy.ReturnMethod.class, rs.getString("return_method")),
				parse(MerchantPolicy.CodRefundMethod.class, rs.getString("cod_refund_method")), rs.getLong("version"));
	}

	private static <E extends Enum<E> & WireValue> E parse(Class<E> type, String wire) {
		return WireValue.parse(type, wire).orElseThrow(() -> new IllegalStateException("stored " + wire));
	}

	private static <E extends Enum<E> & WireValue> Set<E> parseAll(Class<E> type, String wires) {
		Set<E> values = EnumSet.noneOf(type);
		Arrays.stream(wires.split(",")).filter(s -> !s.isBlank()).forEach(w -> values.add(parse(type, w)));
		return values;
	}

	/** The stored policy's version is not the one the caller based its change on. */
	static class StaleVersion extends Conflict {

		StaleVersion(String market, @Nullable Long expected, @Nullable Long actual) {
			super("stale-version", "the return policy for " + market + " is at version " + actual + ", not " + expected);
		}
	}
}
