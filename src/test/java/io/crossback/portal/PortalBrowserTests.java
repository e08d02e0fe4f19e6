package io.crossback.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;

import io.crossback.BrowserTestSupport;

/** A consumer files a return in the portal and follows it, in German and in Arabic. */
class PortalBrowserTests extends BrowserTestSupport {

	@Test // #9
	void filesAReturnInGermanAndFollowsIt() throws Exception {
		putOrder("SO-DE-1");
		open("/portal/" + tenant.value() + "?lang=de");
		assertThat(find("h1").getText()).isEqualTo("Artikel zurücksenden oder Problem melden");
		screenshot("portal-start-de");

		fileReturn("SO-DE-1", "Die Schuhe sind zu klein.", () -> {
			var covered = find("#preview-covered");
			assertThat(covered.getText()).startsWith("Abgedeckt: Du kannst den Artikel bis ").endsWith(" zurückschicken.");
			assertThat(find("#preview-payer").getText()).isEqualTo("Du trägst die Kosten der Rücksendung.");
			assertThat(find("#preview-next").getText()).startsWith("So geht es weiter");
			assertThat(find("#preview-why").getText()).contains("BGB");
			screenshot("portal-preview-de");
		});

		assertThat(find("#status").getText()).isEqualTo("Eingegangen");
		assertThat(find("#next").getText()).isEqualTo("Wir sehen uns deine Anfrage in Kürze an.");
		assertThat(find("#policy").getText()).contains("BGB").contains("zurückgeben");
		assertThat(browser.getCurrentUrl()).contains("/portal/" + tenant.value() + "/track/");
		// the evidence log integrates the entry shortly after commit: reload until the browser has verified it
		reloadUntilProof("#proof[data-checked=true] li[data-event=case_created].verified", Duration.ofSeconds(60));
		assertThat(find("#promised").getText()).startsWith("Zugesagt bis");
		assertThat(find("#proof li[data-event=case_created]").getText()).isEqualTo("Eingegangen ✓ geprüft");
		screenshot("portal-tracking-de");

		browser.findElement(By.id("text")).sendKeys("Wann kommt das Etikett?");
		var send = browser.findElement(By.cssSelector("#messages button[type=submit]"));
		send.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(send));
		assertThat(find("#messages .messages").getText()).contains("Wann kommt das Etikett?");
	}

	@Test // #9
	void filesAReturnInArabicRightToLeft() throws Exception {
		putOrder("SO-AR-1");
		open("/portal/" + tenant.value() + "?lang=ar");
		assertThat(find("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
		assertThat(find("h1").getText()).isEqualTo("إرجاع منتج أو الإبلاغ عن مشكلة");

		fileReturn("SO-AR-1", "المقاس غير مناسب", () -> {
		});

		assertThat(find("#status").getText()).isEqualTo("تم الاستلام");
		assertThat(find("html").getAttribute("dir")).isEqualTo("rtl");
		screenshot("portal-tracking-ar");
	}

	@Test // #9
	void refusesAWrongEmailWithoutSayingWhichPartWasWrong() {
		putOrder("SO-DE-2");
		open("/portal/" + tenant.value() + "?lang=en");
		find("#orderId").sendKeys("SO-DE-2");
		browser.findElement(By.id("email")).sendKeys("someone@example.com");
		browser.findElement(By.id("find")).click();
		assertThat(find(".error").getText()).isEqualTo("We could not find an order with this number and e-mail address.");
	}

	interface Check {

		void run() throws Exception;
	}

	void fileReturn(String orderId, String message, Check beforeSending) throws Exception {
		find("#orderId").sendKeys(orderId);
		browser.findElement(By.id("email")).sendKeys("anna@example.de");
		browser.findElement(By.id("find")).click();
		new Select(find("#qty-1")).selectByValue("1");
		new Select(browser.findElement(By.id("reason"))).selectByValue("size_fit");
		browser.findElement(By.id("message")).sendKeys(message);
		beforeSending.run();
		browser.findElement(By.id("send")).click();
	}
}
