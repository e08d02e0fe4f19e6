package io.crossback.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import io.crossback.BrowserTestSupport;

/** An agent logs in, picks the case from the queue, replies and approves; the customer sees both. */
class ConsoleBrowserTests extends BrowserTestSupport {

	@Autowired
	ConsoleUsers users;

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

		open("/login?lang=en");
		find("#username").sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("s3cret-pass");
		browser.findElement(By.id("signin")).click();
		find("#queue");
		screenshot("console-queue");
		browser.findElement(By.cssSelector("tr[data-case='" + caseId + "'] a")).click();

		new Select(find("#macro")).selectByVisibleText("thanks");
		assertThat(browser.findElement(By.id("text")).getAttribute("value")).startsWith("Danke für deine Nachricht");
		browser.findElement(By.id("send")).click();
		find("#action-approve button").click();
		assertThat(find("#status").getText()).isEqualTo("awaiting_return");
		screenshot("console-case");

		open(trackingPath + "?lang=de");
		assertThat(find("#status").getText()).isEqualTo("Wartet auf dein Paket");
		assertThat(find("#messages .messages").getText()).contains("Danke für deine Nachricht");
	}
}
