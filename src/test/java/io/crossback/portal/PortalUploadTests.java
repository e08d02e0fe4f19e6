package io.crossback.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.crossback.ApiTestSupport;
import io.crossback.cases.Case;
import io.crossback.cases.CaseManagement;

/** Photo uploads in the portal (limits, types by their bytes, digests), and the policy preview without JavaScript. */
class PortalUploadTests extends ApiTestSupport {

	static final byte[] PNG_HEADER = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Autowired
	CaseManagement cases;

	@Autowired
	CasePhotos photos;

	@Test // #9
	void storesPngAndWebpPhotosWithTheirDigestAndLogsTheDigests() throws Exception {
		putOrder("SO-P-1");
		Portal portal = new Portal("SO-P-1");
		byte[] png = image(PNG_HEADER, 40_000);
		byte[] webp = image("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), 10_000);

		HttpResponse<String> r = portal.submit(List.of(png, webp));

		assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
		String token = r.headers().firstValue("Location").orElseThrow().replaceFirst(".*/track/", "");
		Case c = cases.findByTrackingToken(token).orElseThrow();
		var stored = photos.of(tenant, c.id());
		assertThat(stored).extracting(CasePhotos.PhotoInfo::contentType).containsExactly("image/png", "image/webp");
		assertThat(stored).extracting(CasePhotos.PhotoInfo::sha256)
			.containsExactly(CasePhotos.sha256(png), CasePhotos.sha256(webp));
		assertThat(stored.get(0).sha256()).matches("[0-9a-f]{64}");
		assertThat(photos.find(tenant, c.id(), stored.get(0).id()).orElseThrow().data()).isEqualTo(png);

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			var bundle = get("/api/v1/cases/" + c.id().value() + "/evidence").body();
			List<String> events = new ArrayList<>();
			bundle.get("entries").forEach(e -> events.add(e.get("event").asString()));
			assertThat(events).contains("photos_added");
			for (var entry : bundle.get("entries")) {
				if (entry.get("event").asString().equals("photos_added")) {
					String leaf = new String(java.util.Base64.getDecoder().decode(entry.get("leafData").asString()),
							StandardCharsets.UTF_8);
					assertThat(leaf).contains(CasePhotos.sha256(png), CasePhotos.sha256(webp));
				}
			}
		});
	}

	@Test // #9
	void refusesASixthPhotoInTheCustomersLanguageAndFilesNothing() throws Exception {
		putOrder("SO-P-2");
		List<byte[]> six = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			six.add(image(PNG_HEADER, 1000));
		}
		HttpResponse<String> r = new Portal("SO-P-2").submit(six);
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.body()).contains("Bitte wähle höchstens 5 Fotos.");
		assertThat(cases.openCases(tenant, 10)).isEmpty();
	}

	@Test // #9
	void refusesAPhotoOverFiveMegabytes() throws Exception {
		putOrder("SO-P-3");
		HttpResponse<String> r = new Portal("SO-P-3").submit(List.of(image(PNG_HEADER, 5 * 1024 * 1024 + 1)));
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.body()).contains("Jedes Foto darf höchstens 5 MB groß sein.");
		assertThat(cases.openCases(tenant, 10)).isEmpty();
	}

	@Test // #9
	void judgesThePhotoByItsBytesNotItsNameOrDeclaredType() throws Exception {
		putOrder("SO-P-4");
		byte[] gif = image("GIF89a".getBytes(StandardCharsets.ISO_8859_1), 2000);
		HttpResponse<String> r = new Portal("SO-P-4").submit(List.of(gif));
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.body()).contains("Bitte wähle Fotos im Format JPEG, PNG oder WebP.");
		byte[] script = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
		assertThat(new Portal("SO-P-4").submit(List.of(script)).statusCode()).isEqualTo(400);
		assertThat(cases.openCases(tenant, 10)).isEmpty();
	}

	@Test // #9
	void previewsThePolicyWithoutJavaScriptAndStoresNothing() throws Exception {
		putOrder("SO-P-5");
		Portal portal = new Portal("SO-P-5");
		HttpResponse<String> r = portal.post("/portal/" + tenant.value() + "/preview",
				"orderId=SO-P-5&email=anna%40example.de&qty-1=1&reason=size_fit&resolution=refund&message="
						+ URLEncoder.encode("<b>zu klein</b>", StandardCharsets.UTF_8) + "&_csrf=" + portal.csrf);
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).contains("id=\"preview-covered\"", "Abgedeckt: Du kannst den Artikel bis",
				"Du trägst die Kosten der Rücksendung.", "&lt;b&gt;zu klein&lt;/b&gt;");
		assertThat(r.body()).containsPattern("<option value=\"1\"\\s+selected=\"selected\">1</option>");
		assertThat(cases.openCases(tenant, 10)).isEmpty();

		HttpResponse<String> none = portal.post("/portal/" + tenant.value() + "/preview",
				"orderId=SO-P-5&email=anna%40example.de&qty-1=0&reason=size_fit&_csrf=" + portal.csrf);
		assertThat(none.body()).contains("Bitte wähle mindestens einen Artikel");
	}

	static byte[] image(byte[] header, int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
		return bytes;
	}

	/** A customer's browser without JavaScript: cookies, the CSRF token and the request key from the order page. */
	class Portal {

		final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		final String orderId;

		final String csrf;

		final String requestKey;

		Portal(String orderId) throws Exception {
			this.orderId = orderId;
			String start = get("/portal/" + tenant.value()).body();
			String page = post("/portal/" + tenant.value() + "/lookup", "orderId=" + orderId
					+ "&email=anna%40example.de&_csrf=" + enc(field(start, "_csrf"))).body();
			this.csrf = enc(field(page, "_csrf"));
			this.requestKey = field(page, "requestKey");
		}

		HttpResponse<String> get(String path) throws Exception {
			return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> submit(List<byte[]> files) throws Exception {
			String boundary = "----crossback" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			Map<String, String> fields = Map.of("orderId", orderId, "email", "anna@example.de", "qty-1", "1", "reason",
					"size_fit", "resolution", "refund", "requestKey", requestKey, "_csrf",
					java.net.URLDecoder.decode(csrf, StandardCharsets.UTF_8));
			for (var field : fields.entrySet()) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			int n = 0;
			for (byte[] file : files) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"p"
						+ (n++) + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				body.writeBytes(file);
				body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return http.send(request("/portal/" + tenant.value() + "/requests")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "de");
		}

		static String field(String page, String name) {
			Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
			assertThat(m.find()).as("field " + name + " on the page").isTrue();
			return m.group(1);
		}

		static String enc(String s) {
			return URLEncoder.encode(s, StandardCharsets.UTF_8);
		}
	}
}
