package io.crossback.orders;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.core.Money;
import io.crossback.core.PersonalDataCipher;
import io.crossback.core.TenantId;
import io.crossback.core.WireValue;

/** Stores order snapshots; encrypts the customer's name and e-mail on the way in and decrypts on the way out. */
@Repository
class Orders {

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	Orders(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	Optional<Order> find(TenantId tenant, String orderId, boolean forUpdate) {
		String sql = "select * from customer_order where tenant_id = ? and order_id = ?" + (forUpdate ? " for update" : "");
		Optional<OrderHead> head = jdbc.sql(sql).params(tenant.value(), orderId).query(this::head).optional();
		return head.map(h -> h.with(lines(tenant, orderId, h.currency())));
	}

	/**
	 * Locks the orders and their lines until the transaction ends, in order id order (so that transactions locking
	 * several orders cannot deadlock on them), in one round trip, and answers what claims on their items need. Unknown
	 * orders are missing from the answer.
	 */
	Map<String, ClaimableOrder> lockForClaims(TenantId tenant, Collection<String> orderIds) {
		List<String> ids = new ArrayList<>(new TreeSet<>(orderIds));
		Map<String, ClaimableOrder> locked = new LinkedHashMap<>();
		jdbc.sql("""
				select o.order_id, o.destination_country, o.customer_language, o.customer_tier, l.line_id, l.quantity
				from customer_order o
				join customer_order_line l on l.tenant_id = o.tenant_id and l.order_id = o.order_id
				where o.tenant_id = ? and o.order_id in (%s)
				order by o.order_id, l.position
				for update""".formatted(marks(ids.size())))
			.params(tenantThen(tenant, ids))
			.query(rs -> {
				claimable(rs, locked).put(rs.getString("line_id"), rs.getInt("quantity"));
			});
		if (locked.size() < ids.size()) {
			// unknown, or without lines (none arrives through the API): the order row alone (PostgreSQL cannot lock
			// the missing side of an outer join)
			List<String> missing = ids.stream().filter(id -> !locked.containsKey(id)).toList();
			jdbc.sql("""
					select order_id, destination_country, customer_language, customer_tier
					from customer_order where tenant_id = ? and order_id in (%s)
					order by order_id
					for update""".formatted(marks(missing.size())))
				.params(tenantThen(tenant, missing))
				.query(rs -> {
					claimable(rs, locked);
				});
		}
		locked.replaceAll((id, order) -> new ClaimableOrder(id, order.destinationCountry(), order.customerLanguage(),
				order.vip(), Collections.unmodifiableMap(order.quantities())));
		return locked;
	}

	/** The row's order in {@code locked}, added with no lines yet if it is not there; answers its line quantities. */
	private static Map<String, Integer> claimable(ResultSet rs, Map<String, ClaimableOrder> locked)
			throws SQLException {
		String orderId = rs.getString("order_id");
		ClaimableOrder order = locked.get(orderId);
		if (order == null) {
			order = new ClaimableOrder(orderId, CountryCode.of(rs.getString("destination_country")),
					LanguageCode.of(rs.getString("customer_language")),
					CustomerTier.VIP.wire().equals(rs.getString("customer_tier")), new LinkedHashMap<>());
			locked.put(orderId, order);
		}
		return order.quantities();
	}

	/** The parameters of {@code where tenant_id = ? and … in (…)}: the tenant, then the values. */
	private static List<Object> tenantThen(TenantId tenant, Collection<?> values) {
		List<Object> params = new ArrayList<>(values.size() + 1);
		params.add(tenant.value());
		params.addAll(values);
		return params;
	}

	private static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private List<OrderLine> lines(TenantId tenant, String orderId, Currency currency) {
		return jdbc.sql("select * from customer_order_line where tenant_id = ? and order_id = ? order by position")
			.params(tenant.value(), orderId)
			.query((rs, n) -> line(rs, currency))
			.list();
	}

	private static OrderLine line(ResultSet rs, Currency currency) throws SQLException {
		return new OrderLine(rs.getString("line_id"), rs.getString("sku"), rs.getString("name"), rs.getString("category"),
				rs.getInt("quantity"), money(rs, currency), itemKind(rs.getString("item_kind")));
	}

	/** Inserts or replaces an order; answers the new version. */
	long save(Order order, long expectedVersion) {
		TenantId tenant = order.tenantId();
		Customer c = order.customer();
		long version = expectedVersion + 1;
		Object[] values = { c.id(), cipher.encrypt(c.email()), c.email() == null ? null : cipher.blindIndex(c.email()),
				cipher.encrypt(c.name()), c.language().value(), c.country().value(), c.tier().wire(),
				order.destinationCountry().value(), order.currency().getCurrencyCode(), utc(order.placedAt()),
				order.deliveredAt() == null ? null : utc(order.deliveredAt()), order.paymentMethod().wire(),
				utc(order.updatedAt()) };
		if (expectedVersion == 0) {
			jdbc.sql("""
					insert into customer_order (customer_id, customer_email_enc, customer_email_hash, customer_name_enc,
					  customer_language, customer_country, customer_tier, destination_country, currency, placed_at,
					  delivered_at, payment_method, updated_at, tenant_id, order_id, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(append(values, tenant.value(), order.orderId(), version))
				.update();
		}
		else {
			jdbc.sql("""
					update customer_order set customer_id = ?, customer_email_enc = ?, customer_email_hash = ?,
					  customer_name_enc = ?, customer_language = ?, customer_country = ?, customer_tier = ?,
					  destination_country = ?, currency = ?, placed_at = ?, delivered_at = ?, payment_method = ?,
					  updated_at = ?, version = ?
					where tenant_id = ? and order_id = ?""")
				.params(append(values, version, tenant.value(), order.orderId()))
				.update();
			jdbc.sql("delete from customer_order_line where tenant_id = ? and order_id = ?")
				.params(tenant.value(), order.orderId())
				.update();
		}
		int position = 0;
		for (OrderLine line : order.lines()) {
			jdbc.sql("""
					insert into customer_order_line (tenant_id, order_id, line_id, position, sku, name, category, quantity,
					  unit_price, item_kind)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(tenant.value(), order.orderId(), line.lineId(), position++, line.sku(), line.name(),
						line.category(), line.quantity(), line.unitPrice().amount(), line.itemKind().wire())
				.update();
		}
		return version;
	}

	List<String> orderIdsOfCustomer(TenantId tenant, String customerId) {
		return jdbc.sql("select order_id from customer_order where tenant_id = ? and customer_id = ?")
			.params(tenant.value(), customerId)
			.query(String.class)
			.list();
	}

	List<String> orderIdsByEmail(TenantId tenant, String email) {
		return jdbc.sql("select order_id from customer_order where tenant_id = ? and customer_email_hash = ?")
			.params(tenant.value(), cipher.blindIndex(email))
			.query(String.class)
			.list();
	}

	int erasePersonalData(TenantId tenant, String customerId) {
		return jdbc.sql("""
				update customer_order set customer_email_enc = null, customer_email_hash = null, customer_name_enc = null
				where tenant_id = ? and customer_id = ?""")
			.params(tenant.value(), customerId)
			.update();
	}

	private OrderHead head(ResultSet rs, int row) throws SQLException {
		Customer customer = new Customer(rs.getString("customer_id"), cipher.decrypt(rs.getString("customer_email_enc")),
				cipher.decrypt(rs.getString("customer_name_enc")), LanguageCode.of(rs.getString("customer_language")),
				CountryCode.of(rs.getString("customer_country")),
				WireValue.parse(CustomerTier.class, rs.getString("customer_tier")).orElseThrow());
		return new OrderHead(TenantId.of(rs.getString("tenant_id")), rs.getString("order_id"), rs.getLong("version"),
				customer, CountryCode.of(rs.getString("destination_country")),
				Currency.getInstance(rs.getString("currency")), instant(rs, "placed_at"), instant(rs, "delivered_at"),
				WireValue.parse(PaymentMethod.class, rs.getString("payment_method")).orElseThrow(),
				instant(rs, "updated_at"));
	}

	private static Money money(ResultSet rs, Currency currency) throws SQLException {
		BigDecimal stored = rs.getBigDecimal("unit_price");
		return new Money(stored.setScale(Math.max(currency.getDefaultFractionDigits(), 0), java.math.RoundingMode.UNNECESSARY),
				currency);
	}

	private static ItemKind itemKind(String wire) {
		return WireValue.parse(ItemKind.class, wire).orElse(ItemKind.OTHER);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Object[] append(Object[] values, Object... more) {
		Object[] all = new Object[values.length + more.length];
		System.arraycopy(values, 0, all, 0, values.length);
		System.arraycopy(more, 0, all, values.length, more.length);
		return all;
	}

	private record OrderHead(TenantId tenantId, String orderId, long version, Customer customer,
			CountryCode destination, Currency currency, Instant placedAt, @Nullable Instant deliveredAt,
			PaymentMethod paymentMethod, Instant updatedAt) {

		Order with(List<OrderLine> lines) {
			return new Order(tenantId, orderId, version, customer, destination, currency, placedAt, deliveredAt,
					paymentMethod, lines, updatedAt);
		}
	}
}
