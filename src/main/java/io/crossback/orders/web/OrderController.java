package io.crossback.orders.web;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.crossback.core.CountryCode;
import io.crossback.core.LanguageCode;
import io.crossback.core.Money;
import io.crossback.core.NotFound;
import io.crossback.core.ProblemTypes;
import io.crossback.core.TenantId;
import io.crossback.core.Violations;
import io.crossback.core.WireValue;
import io.crossback.orders.Customer;
import io.crossback.orders.CustomerTier;
import io.crossback.orders.ItemKind;
import io.crossback.orders.Order;
import io.crossback.orders.OrderLine;
import io.crossback.orders.OrderManagement;
import io.crossback.orders.PaymentMethod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Orders", description = "The shop's order snapshots")
class OrderController {

	private static final int MAX_LINES = 500;

	private final OrderManagement orders;

	private final java.time.Clock clock;

	OrderController(OrderManagement orders, java.time.Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	@PutMapping("/orders/{orderId}")
	@Operation(summary = "Create or replace an order snapshot")
	ResponseEntity<OrderView> put(TenantId tenant, @PathVariable String orderId, @RequestBody OrderRequest body,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		Order order = body.toOrder(tenant, validId("orderId", orderId), clock.instant());
		OrderManagement.Saved saved = orders.upsert(order, Optional.ofNullable(ifMatch).map(OrderController::version));
		OrderView view = OrderView.of(saved.order());
		var response = saved.created()
				? ResponseEntity.created(URI.create("/api/v1/orders/" + orderId))
				: ResponseEntity.ok();
		return response.eTag("\"" + saved.order().version() + "\"").body(view);
	}

	@GetMapping("/orders/{orderId}")
	@Operation(summary = "Read an order snapshot")
	ResponseEntity<OrderView> get(TenantId tenant, @PathVariable String orderId) {
		Order order = orders.find(tenant, orderId).orElseThrow(() -> new NotFound("no order " + orderId));
		return ResponseEntity.ok().eTag("\"" + order.version() + "\"").body(OrderView.of(order));
	}

	@org.springframework.web.bind.annotation.DeleteMapping("/customers/{customerId}/personal-data")
	@Operation(summary = "Erase a customer's personal data (name, e-mail, message texts) on request")
	Map<String, Object> erase(TenantId tenant, @PathVariable String customerId) {
		List<String> orderIds = orders.erasePersonalData(tenant, customerId);
		if (orderIds.isEmpty()) {
			throw new NotFound("no orders of customer " + customerId);
		}
		return Map.of("customerId", customerId, "orders", orderIds);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> on(OrderManagement.StaleOrder e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
		problem.setType(ProblemTypes.STALE_VERSION);
		problem.setProperty("currentVersion", e.currentVersion());
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
	}

	private static long version(String etag) {
		try {
			return Long.parseLong(etag.replace("W/", "").replace("\"", "").trim());
		}
		catch (NumberFormatException e) {
			throw io.crossback.core.InvalidInput.of("If-Match", "must be a version such as \"3\"");
		}
	}

	static String validId(String field, String id) {
		if (!id.matches("[A-Za-z0-9._:-]{1,64}")) {
			throw io.crossback.core.InvalidInput.of(field, "1 to 64 letters, digits or . _ : -");
		}
		return id;
	}

	record CustomerRequest(@Nullable String id, @Nullable String email, @Nullable String name,
			@Nullable String language, @Nullable String country, @Nullable String tier) {
	}

	record LineRequest(@Nullable String lineId, @Nullable String sku, @Nullable String name,
			@Nullable String category, @Nullable Integer quantity, @Nullable String unitPrice,
			@Nullable String itemKind) {
	}

	record OrderRequest(@Nullable CustomerRequest customer, @Nullable String destinationCountry,
			@Nullable String currency, @Nullable String placedAt, @Nullable String deliveredAt,
			@Nullable String paymentMethod, @Nullable List<LineRequest> lines) {

		Order toOrder(TenantId tenant, String orderId, Instant now) {
			Violations v = new Violations();
			Customer parsedCustomer = null;
			if (customer == null) {
				v.add("customer", "is required");
			}
			else {
				String id = v.text("customer.id", customer.id(), 64, true);
				String email = v.text("customer.email", customer.email(), 254, false);
				if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
					v.add("customer.email", "is not an e-mail address");
				}
				String name = v.text("customer.name", customer.name(), 200, false);
				LanguageCode language = v.language("customer.language", customer.language(), true);
				CountryCode country = v.country("customer.country", customer.country(), true);
				CustomerTier tier = customer.tier() == null ? CustomerTier.STANDARD
						: v.oneOf("customer.tier", customer.tier(), false,
								w -> WireValue.parse(CustomerTier.class, w).orElse(null),
								WireValue.allowed(CustomerTier.class));
				if (id != null && language != null && country != null && tier != null) {
					parsedCustomer = new Customer(id, email, name, language, country, tier);
				}
			}
			CountryCode destination = v.country("destinationCountry", destinationCountry, true);
			Currency parsedCurrency = v.currency("currency", currency);
			Instant placed = instant(v, "placedAt", placedAt, true);
			Instant delivered = instant(v, "deliveredAt", deliveredAt, false);
			if (placed != null && delivered != null && delivered.isBefore(placed)) {
				v.add("deliveredAt", "is before placedAt");
			}
			PaymentMethod payment = v.oneOf("paymentMethod", paymentMethod, true,
					w -> WireValue.parse(PaymentMethod.class, w).orElse(null), WireValue.allowed(PaymentMethod.class));
			List<OrderLine> parsedLines = new ArrayList<>();
			if (lines == null || lines.isEmpty()) {
				v.add("lines", "at least one line is required");
			}
			else if (lines.size() > MAX_LINES) {
				v.add("lines", "at most " + MAX_LINES + " lines");
			}
			else {
				Set<String> seen = new HashSet<>();
				for (int i = 0; i < lines.size(); i++) {
					LineRequest line = lines.get(i);
					String at = "lines[" + i + "].";
					if (line == null) {
						v.add("lines[" + i + "]", "is required");
						continue;
					}
					String lineId = v.text(at + "lineId", line.lineId(), 64, true);
					if (lineId != null && !seen.add(lineId)) {
						v.add(at + "lineId", "'" + lineId + "' appears twice");
					}
					String sku = v.text(at + "sku", line.sku(), 64, true);
					String name = v.text(at + "name", line.name(), 300, true);
					String category = line.category() == null ? "uncategorised"
							: v.text(at + "category", line.category(), 64, false);
					if (line.quantity() == null || line.quantity() < 1 || line.quantity() > 100_000) {
						v.add(at + "quantity", "must be between 1 and 100000");
					}
					Money price = v.money(at + "unitPrice", line.unitPrice(), parsedCurrency);
					ItemKind kind = line.itemKind() == null ? ItemKind.NORMAL
							: v.oneOf(at + "itemKind", line.itemKind(), false,
									w -> WireValue.parse(ItemKind.class, w).orElse(null),
									WireValue.allowed(ItemKind.class));
					if (lineId != null && sku != null && name != null && category != null && price != null
							&& kind != null && line.quantity() != null) {
						parsedLines.add(new OrderLine(lineId, sku, name, category, line.quantity(), price, kind));
					}
				}
			}
			v.throwIfAny();
			return new Order(tenant, orderId, 0, parsedCustomer, destination, parsedCurrency, placed, delivered, payment,
					parsedLines, now);
		}

		private static @Nullable Instant instant(Violations v, String field, @Nullable String value, boolean required) {
			if (value == null) {
				if (required) {
					v.add(field, "is required (an ISO 8601 instant such as 2026-11-02T09:00:00Z)");
				}
				return null;
			}
			try {
				return Instant.parse(value);
			}
			catch (DateTimeParseException e) {
				v.add(field, "'" + value + "' is not an ISO 8601 instant such as 2026-11-02T09:00:00Z");
				return null;
			}
		}
	}

	record OrderView(String orderId, long version, Map<String, Object> customer, String destinationCountry,
			String currency, Instant placedAt, @Nullable Instant deliveredAt, String paymentMethod,
			List<Map<String, Object>> lines, Instant updatedAt) {

		static OrderView of(Order o) {
			Customer c = o.customer();
			Map<String, Object> customer = new java.util.LinkedHashMap<>();
			customer.put("id", c.id());
			customer.put("email", c.email());
			customer.put("name", c.name());
			customer.put("language", c.language().value());
			customer.put("country", c.country().value());
			customer.put("tier", c.tier().wire());
			List<Map<String, Object>> lines = o.lines()
				.stream()
				.map(l -> Map.<String, Object>of("lineId", l.lineId(), "sku", l.sku(), "name", l.name(), "category",
						l.category(), "quantity", l.quantity(), "unitPrice", l.unitPrice().amount().toPlainString(),
						"itemKind", l.itemKind().wire()))
				.toList();
			return new OrderView(o.orderId(), o.version(), customer, o.destinationCountry().value(),
					o.currency().getCurrencyCode(), o.placedAt(), o.deliveredAt(), o.paymentMethod().wire(), lines,
					o.updatedAt());
		}
	}
}
