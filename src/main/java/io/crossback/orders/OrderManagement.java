package io.crossback.orders;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.crossback.core.Conflict;
import io.crossback.core.TenantId;
import io.crossback.core.TransactionMemo;

/** The orders module's door: store and read order snapshots, and erase a customer's personal data. */
@Service
public class OrderManagement {

	private static final String MEMO = "orders.order";

	private final Orders orders;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final java.time.Clock clock;

	OrderManagement(Orders orders, org.springframework.context.ApplicationEventPublisher events, java.time.Clock clock) {
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	public Optional<Order> find(TenantId tenant, String orderId) {
		return Optional.ofNullable(TransactionMemo.get(MEMO, List.of(tenant, orderId),
				() -> orders.find(tenant, orderId, false).orElse(null)));
	}

	/**
	 * Locks orders until the surrounding transaction ends, in a fixed order, so that concurrent claims on their lines
	 * (case intake, several cases per transaction) are serialised, and answers what the claims need to know of them;
	 * unknown orders are missing from the answer.
	 */
	@Transactional
	public Map<String, ClaimableOrder> lockForClaims(TenantId tenant, Collection<String> orderIds) {
		return orders.lockForClaims(tenant, orderIds);
	}

	/**
	 * Inserts or replaces an order snapshot. With {@code ifMatch} the stored version must still be that one.
	 *
	 * @return the stored order and whether it was created
	 */
	@Transactional
	public Saved upsert(Order order, Optional<Long> ifMatch) {
		TransactionMemo.forget(MEMO, List.of(order.tenantId(), order.orderId()));
		Optional<Order> existing = orders.find(order.tenantId(), order.orderId(), true);
		long current = existing.map(Order::version).orElse(0L);
		if (ifMatch.isPresent() && ifMatch.get() != current) {
			throw new StaleOrder(current);
		}
		orders.save(order, current);
		return new Saved(orders.find(order.tenantId(), order.orderId(), false).orElseThrow(), existing.isEmpty());
	}

	public List<String> orderIdsByEmail(TenantId tenant, String email) {
		return orders.orderIdsByEmail(tenant, email);
	}

	/** Forgets the customer's name and e-mail on all their orders; answers the orders touched. */
	@Transactional
	public List<String> erasePersonalData(TenantId tenant, String customerId) {
		List<String> ids = orders.orderIdsOfCustomer(tenant, customerId);
		ids.forEach(id -> TransactionMemo.forget(MEMO, List.of(tenant, id)));
		orders.erasePersonalData(tenant, customerId);
		events.publishEvent(new CustomerDataErased(tenant, customerId, ids, clock.instant()));
		return ids;
	}

	public record Saved(Order order, boolean created) {
	}

	/** The order changed since the caller read it. */
	public static class StaleOrder extends Conflict {

		private final long currentVersion;

		StaleOrder(long currentVersion) {
			super("stale-version", "the order is at version " + currentVersion);
			this.currentVersion = currentVersion;
		}

		public long currentVersion() {
			return currentVersion;
		}
	}
}
