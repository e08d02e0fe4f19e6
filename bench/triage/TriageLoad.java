import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import io.crossback.triage.MessageTriage;

/**
 * In-process load test of triage: {@code threads} callers triage 300-character customer messages (8 languages, in
 * turn) for {@code seconds} after a warm-up, then print calls per second and latency percentiles. Run by
 * bench/triage/run. Measures the engine (language, category, sentiment, lexicons), not HTTP.
 */
public class TriageLoad {

	static final List<String> MESSAGES = List.of(
			"Hello, I ordered a ceramic vase as a birthday gift for my mother and it arrived today completely shattered. The party is on Saturday and I really need a replacement before then. I already called twice and nobody answered. Can you please send a new one by express or tell me what to do? Thanks, Anna.",
			"Guten Tag, ich habe vor zwei Wochen eine Jacke bestellt und sie ist immer noch nicht angekommen. Die Sendungsverfolgung zeigt seit zehn Tagen keine Bewegung mehr. Ich brauche die Jacke dringend für meine Reise am Freitag. Bitte teilen Sie mir mit, wo mein Paket ist und wann es kommt. Danke.",
			"Bonjour, j'ai reçu ma commande hier mais ce n'est pas le bon article : j'avais commandé une chemise bleue taille M et j'ai reçu une chemise rouge taille XL. Pouvez-vous m'envoyer une étiquette de retour et me faire parvenir le bon article rapidement ? Je suis assez déçue. Merci d'avance.",
			"Hola, devolví los zapatos hace tres semanas y todavía no me han hecho el reembolso. Tengo el número de seguimiento y la tienda confirmó que los recibió. Necesito ese dinero para pagar el alquiler, así que les agradecería mucho que lo procesen cuanto antes. Espero su respuesta, gracias.",
			"สวัสดีค่ะ สั่งแจกันไปเป็นของขวัญวันเกิดคุณแม่ แต่ของมาถึงแตกเลยค่ะ งานเลี้ยงคือวันเสาร์นี้แล้ว อยากได้ของใหม่ด่วนที่สุด โทรไปสองครั้งแล้วก็ไม่มีใครรับสาย รบกวนช่วยส่งของใหม่แบบด่วนหรือแจ้งวิธีดำเนินการด้วยนะคะ ขอบคุณค่ะ ผิดหวังมากจริงๆ รอคำตอบอยู่นะคะ ขอบคุณมากค่ะ",
			"Merhaba, iki hafta önce sipariş ettiğim kulaklık bozuk geldi, sol taraftan hiç ses gelmiyor. Ürün hâlâ garanti kapsamında olmalı. Tamir mi edeceksiniz yoksa yenisini mi göndereceksiniz? Daha önce iki kez yazdım ama cevap alamadım, lütfen bu sefer hızlıca dönüş yapın. Teşekkürler, iyi çalışmalar.",
			"Dzień dobry, zostałem obciążony dwa razy za to samo zamówienie, a na mojej karcie widzę dwie identyczne transakcje. Proszę o pilny zwrot nadpłaconej kwoty i potwierdzenie mailowe. Jeżeli sprawa nie zostanie wyjaśniona w ciągu tygodnia, zgłoszę reklamację w banku. Pozdrawiam serdecznie, Tomasz Nowak.",
			"こんにちは。先週注文したスニーカーのサイズが小さすぎて履けませんでした。ワンサイズ大きいものに交換していただけますか？返品の手続き方法と送料について教えてください。来週の旅行で履きたいので、できるだけ早く対応していただけると助かります。よろしくお願いいたします。追加の質問ですが、交換品の発送はいつ頃になりますか？お手数ですがよろしくお願いします。");

	public static void main(String[] args) throws Exception {
		int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		MessageTriage triage = MessageTriage.fromClasspath(true);
		long warmUpEnd = System.nanoTime() + 15_000_000_000L;
		int w = 0;
		while (System.nanoTime() < warmUpEnd) {
			triage.triage(MESSAGES.get(w++ % MESSAGES.size()), null, null);
		}
		AtomicBoolean running = new AtomicBoolean(true);
		CountDownLatch done = new CountDownLatch(threads);
		List<long[]> latencies = new ArrayList<>();
		int[] counts = new int[threads];
		for (int t = 0; t < threads; t++) {
			long[] mine = new long[5_000_000];
			latencies.add(mine);
			int id = t;
			Thread thread = new Thread(() -> {
				int i = id;
				while (running.get()) {
					long start = System.nanoTime();
					triage.triage(MESSAGES.get(i++ % MESSAGES.size()), null, null);
					mine[counts[id]++] = System.nanoTime() - start;
				}
				done.countDown();
			});
			thread.start();
		}
		long started = System.nanoTime();
		Thread.sleep(seconds * 1000L);
		running.set(false);
		done.await();
		double elapsed = (System.nanoTime() - started) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int t = 0; t < threads; t++) {
			System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
			at += counts[t];
		}
		Arrays.sort(all);
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		System.out.printf("threads=%d seconds=%.1f calls=%d throughput=%.0f/s p50=%.2fms p99=%.2fms p999=%.2fms max=%.2fms heapUsed=%dMB chars=%d..%d%n",
				threads, elapsed, total, total / elapsed, all[total / 2] / 1e6, all[(int) (total * 0.99)] / 1e6,
				all[(int) (total * 0.999)] / 1e6, all[total - 1] / 1e6,
				(runtime.totalMemory() - runtime.freeMemory()) / 1_000_000,
				MESSAGES.stream().mapToInt(String::length).min().orElse(0),
				MESSAGES.stream().mapToInt(String::length).max().orElse(0));
		System.exit(0);
	}
}
