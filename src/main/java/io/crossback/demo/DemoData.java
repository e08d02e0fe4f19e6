package io.crossback.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.crossback.cases.Actor;
import io.crossback.cases.ActorRole;
import io.crossback.cases.Case;
import io.crossback.cases.CaseAction;
import io.crossback.cases.CaseId;
import io.crossback.cases.CaseLine;
import io.crossback.cases.CaseManagement;
import io.crossback.cases.CaseType;
import io.crossback.cases.Channel;
import io.crossback.cases.NewCase;
import io.crossback.cases.Reason;
import io.crossback.cases.Resolution;
import io.crossback.cases.TransitionNotAllowed;
import io.crossback.core.CountryCode;
import io.crossback.core.InvalidInput;
import io.crossback.core.LanguageCode;
import io.crossback.core.Money;
import io.crossback.core.TenantId;
import io.crossback.orders.Customer;
import io.crossback.orders.CustomerTier;
import io.crossback.orders.ItemKind;
import io.crossback.orders.Order;
import io.crossback.orders.OrderLine;
import io.crossback.orders.OrderManagement;
import io.crossback.orders.PaymentMethod;
import io.crossback.tenancy.TenantBootstrapped;

/** Fills the bootstrap tenant with orders and cases. Deterministic: the same seed gives the same data. */
@Component
@ConditionalOnProperty(name = "crossback.demo.enabled", havingValue = "true")
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final int ORDERS = 300;

	private final OrderManagement orders;

	private final CaseManagement cases;

	private final Clock clock;

	DemoData(OrderManagement orders, CaseManagement cases, Clock clock) {
		this.orders = orders;
		this.cases = cases;
		this.clock = clock;
	}

	@EventListener
	void on(TenantBootstrapped event) {
		TenantId tenant = event.tenantId();
		Random random = new Random(20261126L);
		Instant now = clock.instant();
		List<Order> created = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			Market market = Market.ALL.get(i % Market.ALL.size());
			created.add(orders.upsert(order(tenant, i, market, random, now), Optional.empty()).order());
		}
		int caseCount = 0;
		List<List<CaseAction>> paths = Walks.ALL;
		for (int i = 0; i < created.size() && caseCount < 160; i += 2) {
			Order order = created.get(i);
			if (order.deliveredAt() == null) {
				continue;
			}
			Market market = Market.byCountry(order.destinationCountry());
			CaseType type = Walks.TYPES.get(caseCount % Walks.TYPES.size());
			Reason reason = Walks.REASONS.get(random.nextInt(Walks.REASONS.size()));
			OrderLine line = order.lines().get(0);
			NewCase request = new NewCase(order.orderId(), type, reason, List.of(new CaseLine(line.lineId(), 1)),
					market.message(reason), Channel.values()[caseCount % Channel.values().length],
					type == CaseType.EXCHANGE ? Resolution.EXCHANGE : Resolution.REFUND);
			try {
				CaseId id = cases.submit(tenant, "demo-" + i, "demo-" + i, request,
						new Actor(ActorRole.CUSTOMER, order.customer().id())).result().id();
				// the walk acts on the case at once: its intake's reactions (policy, sla, routing, triage) first
				cases.reactToPendingIntake(tenant, id, false);
				Case c = cases.find(tenant, id);
				walk(tenant, c, paths.get(caseCount % paths.size()));
				caseCount++;
			}
			catch (InvalidInput | TransitionNotAllowed e) {
				log.debug("demo case on {} skipped: {}", order.orderId(), e.getMessage());
			}
		}
		log.info("Demo data: {} orders in {} markets and {} cases for tenant '{}'", ORDERS, Market.ALL.size(),
				caseCount, tenant);
	}

	private void walk(TenantId tenant, Case c, List<CaseAction> path) {
		Actor agent = new Actor(ActorRole.AGENT, "demo-agent");
		Case current = c;
		for (CaseAction action : path) {
			if (!current.allowedActions().contains(action)) {
				return;
			}
			current = cases.act(tenant, current.id(), action, current.version(), Walks.dataFor(action, current), agent);
		}
	}

	private static Order order(TenantId tenant, int i, Market market, Random random, Instant now) {
		Instant placed = now.minus(Duration.ofHours(24L * (3 + random.nextInt(40)) + random.nextInt(24)));
		Instant delivered = i % 15 == 14 ? null : placed.plus(Duration.ofHours(48 + random.nextInt(120)));
		if (delivered != null && delivered.isAfter(now)) {
			delivered = null;
		}
		Currency currency = Currency.getInstance(market.currency());
		List<OrderLine> lines = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		for (int l = 0; l < count; l++) {
			Product p = Product.ALL.get(random.nextInt(Product.ALL.size()));
			lines.add(new OrderLine(String.valueOf(l + 1), p.sku(), p.name(), p.category(), 1 + random.nextInt(2),
					Money.ofMinor(p.priceMinor() * market.priceFactor(), currency), p.kind()));
		}
		String customerId = "C-" + (1000 + i / 2);
		Customer customer = new Customer(customerId, "customer" + i + "@example." + market.country().toLowerCase(),
				market.names().get(i % market.names().size()), LanguageCode.of(market.language()),
				CountryCode.of(market.country()), i % 9 == 0 ? CustomerTier.VIP : CustomerTier.STANDARD);
		return new Order(tenant, "SO-" + (10000 + i), 0, customer, CountryCode.of(market.country()), currency, placed,
				delivered, PaymentMethod.values()[i % PaymentMethod.values().length], lines, now);
	}

	record Product(String sku, String name, String category, long priceMinor, ItemKind kind) {

		static final List<Product> ALL = List.of(new Product("SHOE-42", "Trail running shoe", "shoes", 5990, ItemKind.NORMAL),
				new Product("JKT-M", "Rain jacket", "apparel", 8900, ItemKind.NORMAL),
				new Product("HP-200", "Wireless headphones", "electronics", 12900, ItemKind.NORMAL),
				new Product("LIP-07", "Lipstick (sealed)", "beauty", 1990, ItemKind.SEALED_HYGIENE),
				new Product("MUG-ENG", "Engraved mug", "home", 2490, ItemKind.CUSTOM_MADE),
				new Product("TEA-1", "Green tea 250 g", "food", 1290, ItemKind.PERISHABLE),
				new Product("GAME-X", "Video game (sealed)", "media", 5990, ItemKind.SEALED_MEDIA),
				new Product("LAMP-3", "Desk lamp", "home", 3990, ItemKind.NORMAL),
				new Product("BAG-9", "Leather backpack", "bags", 14900, ItemKind.NORMAL));
	}

	/** A market of the demo: country, language, currency, a few names, and messages in the customer's language. */
	record Market(String country, String language, String currency, long priceFactor, List<String> names,
			Map<String, String> messages) {

		String message(Reason reason) {
			String key = switch (reason) {
				case DEFECTIVE, DAMAGED_IN_TRANSIT, MISSING_PARTS -> "broken";
				case SIZE_FIT -> "size";
				case NOT_DELIVERED, LATE_DELIVERY -> "late";
				default -> "other";
			};
			return messages.getOrDefault(key, messages.get("other"));
		}

		static Market byCountry(CountryCode country) {
			return ALL.stream().filter(m -> m.country().equals(country.value())).findFirst().orElseThrow();
		}

		static final List<Market> ALL = List.of(
				new Market("DE", "de", "EUR", 1, List.of("Anna Schmidt", "Jonas Weber"), Map.of(
						"broken", "Der Kopfhörer ist kaputt angekommen, sehr ärgerlich.",
						"size", "Die Schuhe sind zu klein, ich brauche eine Nummer größer.",
						"late", "Wo ist mein Paket? Es ist seit zwei Wochen unterwegs.",
						"other", "Ich möchte den Artikel zurückgeben.")),
				new Market("FR", "fr", "EUR", 1, List.of("Camille Martin", "Louis Bernard"), Map.of(
						"broken", "Le produit est arrivé cassé.", "size", "La veste est trop grande.",
						"late", "Où est mon colis ? J'attends depuis longtemps.",
						"other", "Je voudrais retourner cet article.")),
				new Market("ES", "es", "EUR", 1, List.of("Lucía García", "Mateo López"), Map.of(
						"broken", "El producto llegó roto.", "size", "Las zapatillas me quedan pequeñas.",
						"late", "¿Dónde está mi pedido?", "other", "Quiero devolver el artículo.")),
				new Market("IT", "it", "EUR", 1, List.of("Giulia Rossi", "Luca Bianchi"), Map.of(
						"broken", "Il prodotto è arrivato rotto.", "size", "La taglia è sbagliata.",
						"late", "Dov'è il mio pacco?", "other", "Vorrei restituire l'articolo.")),
				new Market("NL", "nl", "EUR", 1, List.of("Sanne de Vries", "Daan Jansen"), Map.of(
						"broken", "Het product kwam kapot aan.", "size", "De schoenen zijn te klein.",
						"late", "Waar blijft mijn pakket?", "other", "Ik wil het artikel retourneren.")),
				new Market("PL", "pl", "PLN", 4, List.of("Zofia Nowak", "Jakub Kowalski"), Map.of(
						"broken", "Produkt dotarł uszkodzony.", "size", "Buty są za małe.",
						"late", "Gdzie jest moja paczka?", "other", "Chcę zwrócić towar.")),
				new Market("GB", "en", "GBP", 1, List.of("Oliver Smith", "Amelia Jones"), Map.of(
						"broken", "The headphones arrived broken, really disappointed.",
						"size", "The shoes are too small, I need a bigger size.",
						"late", "Where is my parcel? It's been two weeks.", "other", "I'd like to return this.")),
				new Market("US", "en", "USD", 1, List.of("Emma Johnson", "Liam Brown"), Map.of(
						"broken", "Item arrived damaged. I need this fixed before the party on Saturday.",
						"size", "Wrong size, can I exchange it?", "late", "My order never arrived.",
						"other", "I want to return this item.")),
				new Market("BR", "pt", "BRL", 5, List.of("Ana Souza", "Pedro Oliveira"), Map.of(
						"broken", "O produto chegou quebrado.", "size", "O tênis ficou pequeno.",
						"late", "Onde está meu pedido?", "other", "Quero devolver o produto.")),
				new Market("MX", "es", "MXN", 18, List.of("Sofía Hernández", "Diego Martínez"), Map.of(
						"broken", "El artículo llegó dañado.", "size", "No es mi talla.",
						"late", "Mi paquete no ha llegado.", "other", "Quiero devolverlo.")),
				new Market("JP", "ja", "JPY", 1, List.of("佐藤 花子", "鈴木 一郎"), Map.of(
						"broken", "商品が壊れて届きました。", "size", "サイズが合いません。",
						"late", "荷物がまだ届きません。", "other", "返品したいです。")),
				new Market("KR", "ko", "KRW", 13, List.of("김민지", "이준호"), Map.of(
						"broken", "제품이 파손되어 도착했습니다.", "size", "사이즈가 맞지 않아요.",
						"late", "택배가 아직 안 왔어요.", "other", "반품하고 싶습니다.")),
				new Market("CN", "zh", "CNY", 7, List.of("王芳", "李伟"), Map.of(
						"broken", "收到的商品是坏的。", "size", "尺码不合适。", "late", "我的包裹在哪里？",
						"other", "我想退货。")),
				new Market("SA", "ar", "SAR", 4, List.of("نورة العتيبي", "محمد القحطاني"), Map.of(
						"broken", "وصل المنتج مكسورا.", "size", "المقاس غير مناسب.", "late", "أين طلبي؟",
						"other", "أريد إرجاع المنتج.")),
				new Market("TR", "tr", "TRY", 35, List.of("Aylin Yılmaz", "Emre Demir"), Map.of(
						"broken", "Ürün kırık geldi.", "size", "Ayakkabılar küçük geldi.", "late", "Kargom nerede?",
						"other", "Ürünü iade etmek istiyorum.")),
				new Market("TH", "th", "THB", 36, List.of("สมชาย ใจดี", "มาลี สุขใจ"), Map.of(
						"broken", "สินค้าแตกเสียหาย", "size", "ไซส์ไม่พอดี", "late", "พัสดุของฉันอยู่ที่ไหน",
						"other", "ต้องการคืนสินค้า")),
				new Market("ID", "id", "IDR", 160, List.of("Siti Rahma", "Budi Santoso"), Map.of(
						"broken", "Barangnya datang dalam keadaan rusak.", "size", "Ukurannya kekecilan.",
						"late", "Paket saya belum sampai.", "other", "Saya ingin mengembalikan barang.")),
				new Market("VN", "vi", "VND", 250, List.of("Nguyễn Thị Lan", "Trần Văn Minh"), Map.of(
						"broken", "Sản phẩm bị vỡ khi nhận.", "size", "Giày bị chật.", "late", "Đơn hàng của tôi đâu?",
						"other", "Tôi muốn trả hàng.")));
	}
}
