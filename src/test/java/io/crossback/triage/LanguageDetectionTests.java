package io.crossback.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Language detection on real customer sentences, one per supported language, written for this test (not taken from
 * the training text), and on short snippets. #6
 */
class LanguageDetectionTests {

	private final MessageTriage triage = Engines.triage();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ar | لقد طلبت سماعات قبل أسبوعين ولم تصلني حتى الآن، هل يمكنكم مساعدتي؟
			bn | আমি দুই সপ্তাহ আগে হেডফোন অর্ডার করেছি কিন্তু এখনও পাইনি, সাহায্য করবেন?
			cs | Před dvěma týdny jsem si objednal sluchátka a pořád nepřišla, můžete mi pomoct?
			de | Ich habe vor zwei Wochen Kopfhörer bestellt und sie sind immer noch nicht da, können Sie helfen?
			el | Παρήγγειλα ακουστικά πριν από δύο εβδομάδες και ακόμα δεν τα έχω λάβει, μπορείτε να βοηθήσετε;
			en | I ordered headphones two weeks ago and they still haven't shown up, can you help me?
			es | Pedí unos auriculares hace dos semanas y todavía no han llegado, ¿me pueden ayudar?
			fa | دو هفته پیش هدفون سفارش دادم و هنوز به دستم نرسیده، می‌توانید کمکم کنید؟
			fr | J'ai commandé un casque il y a deux semaines et je ne l'ai toujours pas reçu, pouvez-vous m'aider ?
			he | הזמנתי אוזניות לפני שבועיים והן עדיין לא הגיעו, אתם יכולים לעזור לי?
			hi | मैंने दो हफ्ते पहले हेडफ़ोन ऑर्डर किए थे और वे अभी तक नहीं आए, क्या आप मदद कर सकते हैं?
			id | Saya pesan headphone dua minggu yang lalu dan sampai sekarang belum datang, bisa dibantu?
			it | Ho ordinato delle cuffie due settimane fa e non sono ancora arrivate, potete aiutarmi?
			ja | 二週間前にヘッドホンを注文しましたが、まだ届いていません。確認していただけますか？
			ko | 2주 전에 헤드폰을 주문했는데 아직도 도착하지 않았어요. 도와주실 수 있나요?
			ms | Saya telah memesan fon kepala dua minggu lepas tetapi masih belum sampai, boleh tolong semak?
			nl | Ik heb twee weken geleden een koptelefoon besteld en hij is nog steeds niet binnen, kunt u helpen?
			pl | Dwa tygodnie temu zamówiłem słuchawki i nadal do mnie nie dotarły, czy możecie pomóc?
			pt | Encomendei uns auscultadores há duas semanas e ainda não chegaram, podem ajudar-me?
			ro | Am comandat căști acum două săptămâni și încă nu au ajuns, mă puteți ajuta?
			ru | Я заказал наушники две недели назад, а они до сих пор не пришли, можете помочь?
			sv | Jag beställde hörlurar för två veckor sedan och de har fortfarande inte kommit, kan ni hjälpa mig?
			th | ฉันสั่งหูฟังไปเมื่อสองสัปดาห์ก่อนแต่ยังไม่ได้รับของเลย ช่วยตรวจสอบให้หน่อยได้ไหมคะ
			tl | Umorder ako ng headphones dalawang linggo na ang nakalipas pero hindi pa rin dumarating, pwede po bang tulungan ninyo ako?
			tr | İki hafta önce kulaklık sipariş ettim ama hâlâ elime ulaşmadı, yardımcı olabilir misiniz?
			uk | Я замовив навушники два тижні тому, а вони досі не прийшли, можете допомогти?
			ur | میں نے دو ہفتے پہلے ہیڈفون آرڈر کیے تھے لیکن ابھی تک نہیں ملے، کیا آپ مدد کر سکتے ہیں؟
			vi | Tôi đã đặt tai nghe cách đây hai tuần mà đến giờ vẫn chưa nhận được, bạn giúp tôi được không?
			zh | 我两周前订了一副耳机，到现在还没有收到，你们能帮我查一下吗？
			""")
	void detectsEachSupportedLanguageOnARealSentence(String language, String sentence) {
		TriageResult result = triage.triage(sentence, null, null);

		assertThat(result.language()).isEqualTo(language);
		// Malay and Indonesian stay close to a tie even when the right one wins
		assertThat(result.languageConfidence()).isGreaterThan(0.4);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			en | refund??
			de | wo ist mein paket
			tr | paket nerede
			tl | nasaan ang order ko
			en | where is my parcel
			""")
	void detectsShortTexts(String language, String text) {
		assertThat(triage.triage(text, null, null).language()).isEqualTo(language);
	}

	@Test
	void customerLanguageHintBreaksATie() {
		// "refund??" is nearly as German as English to Lingua
		assertThat(triage.triage("refund??", "de", null).language()).isEqualTo("de");
		assertThat(triage.triage("refund??", "en", null).language()).isEqualTo("en");
	}

	@Test
	void marketHintBreaksATieBetweenMalayAndIndonesian() {
		var detection = new LanguageDetection(Lexicon.fromClasspath(), false);

		var detected = detection.detect("terima kasih", null, "MY");

		assertThat(detected.tied()).contains("ms", "id");
		assertThat(detected.language()).isEqualTo("ms");
		assertThat(detected.tiebreak()).isEqualTo(LanguageDetection.Tiebreak.MARKET);
	}

	@Test
	void hintNeverOverridesAClearSignal() {
		TriageResult result = triage.triage("Wo ist mein Paket? Es ist immer noch nicht angekommen.", "en", "GB");

		assertThat(result.language()).isEqualTo("de");
	}
}
