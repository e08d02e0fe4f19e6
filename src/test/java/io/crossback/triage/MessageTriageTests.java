package io.crossback.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.crossback.core.InvalidInput;

/** Category, sentiment, emotions, urgency and escalation of single messages. #6 */
class MessageTriageTests {

	private final MessageTriage triage = Engines.triage();

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			chargeback | en | If I don't get my money back by Friday I will file a chargeback with my bank.
			lawyer     | de | Wenn Sie nicht bis Freitag erstatten, schalte ich meinen Anwalt ein.
			regulator  | fr | Sans réponse de votre part je vais saisir la DGCCRF et une association de consommateurs.
			press      | es | Si no me solucionan esto lo voy a publicar en redes sociales y hablaré con la prensa.
			safety     | en | The charger started sparking and the cable melted, it almost caught fire in my kid's room.
			safety     | zh | 充电宝用了一天就冒烟了，差点着火，太危险了！
			safety     | ar | الشاحن انفجر وبدأ الدخان يخرج منه، هذا خطير جدا
			""")
	void escalatesThreatsAndSafetyHazards(String rule, String language, String text) {
		TriageResult result = triage.triage(text, null, null);

		assertThat(result.language()).isEqualTo(language);
		assertThat(result.escalate()).as("escalate").isTrue();
		assertThat(result.urgency()).isIn(Urgency.HIGH, Urgency.CRITICAL);
		assertThat(result.reasons()).anyMatch(reason -> reason.contains("escalate to a human"));
	}

	@Test
	void safetyHazardIsCritical() {
		TriageResult result = triage.triage("The heater caught fire last night, there was smoke everywhere!", null,
				null);

		assertThat(result.urgency()).isEqualTo(Urgency.CRITICAL);
		assertThat(result.reasons()).anyMatch(reason -> reason.startsWith("safety hazard: "));
	}

	@Test
	void escalatesStrongAngerAfterRepeatedContact() {
		TriageResult result = triage.triage(
				"This is the third time I'm writing to you!!! Absolutely unacceptable, you are useless.", null, null);

		assertThat(result.escalate()).isTrue();
		assertThat(result.emotions()).anyMatch(e -> e.emotion() == Emotion.ANGER && e.score() >= 0.6);
		assertThat(result.reasons()).contains("strong anger after repeated contact");
	}

	@Test
	void doesNotEscalateAPlainComplaint() {
		TriageResult result = triage.triage("The shoes are too small, can I exchange them for a bigger size?", null,
				null);

		assertThat(result.escalate()).isFalse();
		assertThat(result.category()).isEqualTo(Category.SIZE_FIT);
		assertThat(result.urgency()).isIn(Urgency.LOW, Urgency.NORMAL);
	}

	@Test
	void anAngryMessageWithoutRepeatedContactIsNotEscalated() {
		TriageResult result = triage.triage("This is ridiculous, the parcel is late.", null, null);

		assertThat(result.escalate()).isFalse();
		assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
	}

	@Test
	void aGiftThatArrivedBrokenShowsDisappointment() {
		TriageResult result = triage.triage("Das Geschenk für meine Mutter kam mit einem Sprung im Glas an.", null, null);

		assertThat(result.category()).isEqualTo(Category.DAMAGED_DEFECTIVE);
		assertThat(result.sentiment()).isEqualTo(Sentiment.NEGATIVE);
		assertThat(result.emotions().get(0).emotion()).isEqualTo(Emotion.DISAPPOINTMENT);
		assertThat(result.reasons()).anyMatch(r -> r.startsWith("damage words: "))
			.anyMatch(r -> r.startsWith("gift or occasion: "));
	}

	@Test
	void aDeadlineShowsAnxietyAndRaisesUrgency() {
		TriageResult result = triage.triage(
				"แจกันที่สั่งมาแตก งานเลี้ยงวันเสาร์นี้แล้ว ต้องการของใหม่ด่วน", "th", "TH");

		assertThat(result.language()).isEqualTo("th");
		assertThat(result.category()).isEqualTo(Category.DAMAGED_DEFECTIVE);
		assertThat(result.emotions()).anyMatch(e -> e.emotion() == Emotion.ANXIETY);
		assertThat(result.urgency()).isEqualTo(Urgency.HIGH);
		assertThat(result.reasons()).contains("damage words: แตก").anyMatch(r -> r.startsWith("deadline mentioned: "));
	}

	@Test
	void moneyWorryShowsAnxiety() {
		TriageResult result = triage.triage("I need the refund, my rent is due next week and I can't afford to wait.",
				null, null);

		assertThat(result.category()).isEqualTo(Category.REFUND);
		assertThat(result.emotions()).anyMatch(e -> e.emotion() == Emotion.ANXIETY && e.score() >= 0.7);
	}

	@Test
	void thanksArePositiveGratitudeAndLowUrgency() {
		TriageResult result = triage.triage("Thank you so much, the replacement arrived and it works perfectly!", null,
				null);

		assertThat(result.sentiment()).isEqualTo(Sentiment.POSITIVE);
		assertThat(result.sentimentScore()).isPositive();
		assertThat(result.emotions()).anyMatch(e -> e.emotion() == Emotion.GRATITUDE);
		assertThat(result.urgency()).isEqualTo(Urgency.LOW);
		assertThat(result.escalate()).isFalse();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			where_is_my_order | Mein Paket ist seit einer Woche unterwegs, wann kommt es endlich an?
			return_request    | Je voudrais renvoyer ce manteau, il ne me plaît pas. Comment obtenir une étiquette de retour ?
			refund            | ¿Cuándo me van a devolver el dinero del pedido que devolví?
			wrong_item        | Ho ricevuto un articolo sbagliato: avevo ordinato scarpe nere e sono arrivate marroni.
			cancellation      | Proszę anulować zamówienie, znalazłem taniej gdzie indziej.
			payment_billing   | Списали деньги дважды за один заказ, верните лишнее.
			warranty_repair   | Kulaklığın garantisi devam ediyor ama sol tarafı çalışmıyor, tamir ettirmek istiyorum.
			size_fit          | 바지 허리가 너무 커서 한 사이즈 작은 걸로 바꾸고 싶어요.
			refund            | עברו שלושה שבועות מאז שהחזרתי את המעיל ועדיין לא קיבלתי זיכוי.
			wrong_item        | Sipariş ettiğim mavi kupa yerine kırmızı tabak gönderdiniz.
			""")
	void recognisesCategoriesAcrossLanguages(String category, String text) {
		assertThat(triage.triage(text, null, null).category().wire()).isEqualTo(category);
	}

	@Test
	void theModelDecidesThePolarityUnlessTheLexiconMovesIt() {
		var plain = new MessageTriage.Signals(java.util.Map.of(), "It arrived.");
		var angry = new MessageTriage.Signals(java.util.Map.of(Lexicon.Kind.ANGER, java.util.List.of("unacceptable")),
				"unacceptable");

		// no rule fires: the most likely class wins, even where the score alone would say neutral
		assertThat(MessageTriage.polarity(0.20, 0.30, 0.50, plain))
			.isEqualTo(new MessageTriage.Polarity(Sentiment.NEGATIVE, -0.3));
		assertThat(MessageTriage.polarity(0.40, 0.45, 0.15, plain).sentiment()).isEqualTo(Sentiment.NEUTRAL);
		// angry words cap the score at -0.5, which makes the message negative
		assertThat(MessageTriage.polarity(0.60, 0.30, 0.10, angry))
			.isEqualTo(new MessageTriage.Polarity(Sentiment.NEGATIVE, -0.5));
	}

	@Test
	void reportsTheModelVersion() {
		TriageResult result = triage.triage("Where is my order?", null, null);

		assertThat(result.model().name()).isEqualTo("crossback-triage-linear");
		assertThat(result.model().version()).matches("2\\.0-[0-9a-f]{10}");
	}

	@Test
	void rejectsEmptyText() {
		assertThatThrownBy(() -> triage.triage("   ", null, null)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting(InvalidInput.FieldError::field)
				.containsExactly("text"));
	}

	@Test
	void rejectsTextOverTenThousandCharacters() {
		assertThatThrownBy(() -> triage.triage("a".repeat(10_001), null, null)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("at most 10000");
	}

	@Test
	void acceptsTextOfExactlyTenThousandCharacters() {
		String text = "Where is my order? ".repeat(600).substring(0, 10_000);

		assertThat(triage.triage(text, null, null).category()).isEqualTo(Category.WHERE_IS_MY_ORDER);
	}

	@Test
	void rejectsBinaryText() {
		assertThatThrownBy(() -> triage.triage("PK\u0003\u0004\u0000\u0000binary", null, null))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("binary");
		assertThatThrownBy(() -> triage.triage("caf\uFFFD\uFFFD", null, null)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void rejectsTextWithoutLetters() {
		assertThatThrownBy(() -> triage.triage("12345 ???", null, null)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("no letters");
	}
}
