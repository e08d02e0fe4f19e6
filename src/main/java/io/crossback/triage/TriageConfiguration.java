package io.crossback.triage;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Creates the triage engine from the classpath models and warms Lingua up in the background. */
@Configuration(proxyBeanMethods = false)
class TriageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TriageConfiguration.class);

	/** One short sentence per supported language: detecting it loads that language's models. */
	private static final List<String> WARM_UP = List.of("Where is my order?", "Wo ist meine Bestellung?",
			"Où est ma commande ?", "¿Dónde está mi pedido?", "Dov'è il mio ordine?", "Onde está a minha encomenda?",
			"Waar is mijn bestelling?", "Var är min beställning?", "Gdzie jest moje zamówienie?",
			"Kde je moje objednávka?", "Unde este comanda mea?", "Где мой заказ?", "Де моє замовлення?",
			"Πού είναι η παραγγελία μου;", "Siparişim nerede?", "Pesanan saya di mana?", "Di mana pesanan saya?",
			"Nasaan na ang order ko?", "Đơn hàng của tôi đâu rồi?", "أين طلبي؟", "سفارش من کجاست؟", "میرا آرڈر کہاں ہے؟",
			"איפה ההזמנה שלי?", "मेरा ऑर्डर कहाँ है?", "আমার অর্ডার কোথায়?", "พัสดุของฉันอยู่ที่ไหน",
			"注文した商品はどこですか", "제 주문은 어디에 있나요?", "我的订单在哪里？");

	@Bean
	MessageTriage messageTriage() {
		return MessageTriage.fromClasspath(false);
	}

	/**
	 * Reports the instance ready only once triage's language models are loaded (when warming up): customer messages are
	 * triaged in their own transaction, and the first ones must not wait for the models. Part of
	 * {@code /actuator/health/readiness}.
	 */
	@Bean
	HealthIndicator triageHealthIndicator(TriageSettings settings) {
		return () -> !settings.warmUp() || warm ? Health.up().build()
				: Health.outOfService().withDetail("triage", "loading language models").build();
	}

	private volatile boolean warm;

	@EventListener(ApplicationReadyEvent.class)
	void warmUp(ApplicationReadyEvent event) {
		TriageSettings settings = event.getApplicationContext().getBean(TriageSettings.class);
		if (!settings.warmUp()) {
			return;
		}
		MessageTriage triage = event.getApplicationContext().getBean(MessageTriage.class);
		Thread thread = new Thread(() -> {
			long started = System.nanoTime();
			for (String text : WARM_UP) {
				triage.triage(text, null, null);
				// a long text goes to the low-accuracy detector, which has models of its own
				triage.triage((text + " ").repeat(20), null, null);
			}
			warm = true;
			log.info("Triage language models loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
		}, "triage-warm-up");
		thread.setDaemon(true);
		thread.start();
	}
}
