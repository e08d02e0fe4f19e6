package io.crossback.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import io.crossback.BrowserTestSupport;
import io.crossback.routing.AgentEnrolment;
import io.crossback.routing.Queues;

/** An agent logs in, picks the case from the queue, replies and approves; the customer sees both. */
class ConsoleBrowserTests extends BrowserTestSupport {

	@Autowired
	ConsoleUsers users;

	@Autowired
	AgentEnrolment routing;

	@Autowired
	Queues queues;

	@Autowired
	io.crossback.cases.CaseManagement cases;

	@Test // #9
	void agentFindsTheCaseRoutingPutsFirstAtTheTopOfTheirQueueWithALiveSlaCountdown() throws Exception {
		putOrder("SO-Q-1");
		putOrder("SO-Q-2", "vip");
		String username = "lead-" + tenant.value();
		users.create(tenant, username, "s3cret-pass", "agent", "Kemal");
		routing.enrolOnline(tenant, username, "Kemal", List.of("de"), List.of("DE"), List.of("return"), 10);
		String older = fileReturn("SO-Q-1", "a");
		String vip = fileReturn("SO-Q-2", "b");
		signInOwning(username, 2);
		var rows = queueRows(2);
		assertThat(rows.get(0).getAttribute("data-case")).as("the newer VIP case comes first").isEqualTo(vip);
		assertThat(rows.get(1).getAttribute("data-case")).isEqualTo(older);
		assertThat(rows.get(0).findElement(By.cssSelector(".priority")).getText()).contains("high", "60",
				"vip green channel");
		assertThat(rows.get(1).findElement(By.cssSelector(".priority")).getText()).contains("normal", "40");
		var countdown = rows.get(0).findElement(By.cssSelector("time.countdown"));
		String before = countdown.getText();
		assertThat(before).matches("(\\d+d )?\\d+:\\d\\d:\\d\\d");
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> !countdown.getText().equals(before));
		screenshot("console-my-queue");

		browser.findElement(By.id("view-team-customer_service")).click();
		find("#view-team-customer_service.current");
		assertThat(browser.findElements(By.cssSelector("#queue tbody tr"))).as("nothing waits: both are owned").isEmpty();
		browser.findElement(By.id("view-all")).click();
		var all = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#queue tbody tr"), 2));
		assertThat(all.get(0).getAttribute("data-case")).isEqualTo(vip);
		find("#q").sendKeys("SO-Q-1");
		browser.findElement(By.cssSelector("form.filter button")).click();
		var found = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#queue tbody tr"), 1));
		assertThat(found.get(0).getAttribute("data-case")).isEqualTo(older);
	}

	@Test // #9
	void customerFilesWithAPhotoInThePortalAndTheAgentFindsItFirstAndSeesThePhoto() throws Exception {
		putOrder("SO-F-1");
		putOrder("SO-F-2", "vip");
		String username = "photo-" + tenant.value();
		users.create(tenant, username, "s3cret-pass", "agent", "Mina");
		routing.enrolOnline(tenant, username, "Mina", List.of("de"), List.of("DE"), List.of("return"), 10);
		String older = fileReturn("SO-F-1", "a");
		java.nio.file.Path photo = java.nio.file.Files.createTempFile("parcel", ".png");
		var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 48; y++) {
				image.setRGB(x, y, x < 32 ? 0xc0392b : 0x2e86c1);
			}
		}
		javax.imageio.ImageIO.write(image, "png", photo.toFile());

		open("/portal/" + tenant.value() + "?lang=de");
		find("#orderId").sendKeys("SO-F-2");
		browser.findElement(By.id("email")).sendKeys("anna@example.de");
		browser.findElement(By.id("find")).click();
		new Select(find("#qty-1")).selectByValue("1");
		new Select(browser.findElement(By.id("reason"))).selectByValue("damaged_in_transit");
		assertThat(find("#preview-covered").getText()).startsWith("Abgedeckt");
		browser.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
		browser.findElement(By.id("send")).click();
		find("#status");
		String token = browser.getCurrentUrl().replaceFirst(".*/track/", "").replaceFirst("[?#].*", "");
		String filed = cases.findByTrackingToken(token).orElseThrow().id().toString();
		signInOwning(username, 2);
		var rows = queueRows(2);
		assertThat(rows.get(0).getAttribute("data-case")).as("the customer's new case is on top").isEqualTo(filed);
		assertThat(rows.get(1).getAttribute("data-case")).isEqualTo(older);
		rows.get(0).findElement(By.cssSelector("a")).click();

		var img = find("#photos img");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", img)).intValue() == 64);
		String sha = java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(photo)));
		assertThat(find("#photos .sha").getText()).isEqualTo(sha);
		reloadUntilProof("#proof[data-checked=true] li[data-event=photos_added].verified", Duration.ofSeconds(60));
		assertThat(find("#proof li[data-event=photos_added]").getText()).isEqualTo("Photos attached ✓ verified");
		screenshot("console-case-photo");
	}

	@Test // #9
	void agentRepliesAndApprovesAndTheCustomerSeesIt() throws Exception {
		putOrder("SO-C-1");
		var created = post("/api/v1/cases", Map.of("orderId", "SO-C-1", "type", "return", "reason", "size_fit", "lines",
				List.of(Map.of("lineId", "1", "quantity", 1)), "message", "Zu klein", "channel", "portal"),
				"Idempotency-Key", "k");
		String caseId = created.body().get("id").asString();
		String trackingPath = created.body().get("trackingUrl").asString().replaceFirst("https?://[^/]+", "");
		String username = "agent-" + tenant.value();
		users.create(tenant, username, "s3cret-pass", "agent", "Aylin");
		routing.enrolOnline(tenant, username, "Aylin", List.of("de"), List.of("DE"), List.of("return"), 10);
		signInOwning(username, 1);
		find("#queue");
		screenshot("console-queue");
		browser.findElement(By.cssSelector("tr[data-case='" + caseId + "'] a")).click();

		new Select(find("#macro")).selectByVisibleText("Thanks");
		assertThat(browser.findElement(By.id("text")).getAttribute("value")).startsWith("Danke für deine Nachricht");
		var send = browser.findElement(By.id("send"));
		send.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(send));
		var approve = find("#action-approve button");
		approve.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(approve));
		assertThat(find("#status").getAttribute("data-status")).isEqualTo("awaiting_return");
		assertThat(find("#status").getText()).isEqualTo("Awaiting return");
		screenshot("console-case");

		open(trackingPath + "?lang=de");
		assertThat(find("#status").getText()).isEqualTo("Wartet auf dein Paket");
		assertThat(find("#messages .messages").getText()).contains("Danke für deine Nachricht");
	}

	/** Signs in on the console's login page in English; the browser lands on the user's queue. */
	/** Waits until routing has given the user {@code owned} cases, then signs them in. */
	private void signInOwning(String username, int owned) {
		await().atMost(Duration.ofSeconds(30)).until(() -> queues.ownedBy(tenant, username, 10).size() == owned);
		signIn(username, "s3cret-pass");
	}

	/** The rows of "my queue", once there are {@code count}. */
	private List<WebElement> queueRows(int count) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#queue tbody tr"), count));
	}

	private void signIn(String username, String password) {
		open("/login?lang=en");
		find("#username").sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("signin")).click();
	}
}
