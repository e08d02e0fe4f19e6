package io.crossback;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser tests in Debian's headless Chromium through its ChromeDriver. Without them installed the tests are skipped
 * on a developer's machine and fail under CI (which installs them). Screenshots go to {@code target/screenshots}.
 */
@Tag("browser")
public abstract class BrowserTestSupport extends ApiTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	protected ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!"true".equals(System.getenv("CI"))) {
			assumeTrue(installed, "Chromium and chromium-driver are not installed: browser tests skipped");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=412,915", "--user-data-dir="
						+ Files.createTempDirectory("crossback-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	protected void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	protected WebElement find(String css) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	/**
	 * Reloads the page until the evidence-log check in the browser ({@code evidence.js}) shows this CSS selector's
	 * element: the log integrates entries shortly after commit, and the check itself runs asynchronously after load.
	 */
	protected void reloadUntilProof(String selector, Duration atMost) {
		try {
			new WebDriverWait(browser, atMost).pollingEvery(Duration.ofMillis(500)).until(driver -> {
				driver.navigate().refresh();
				new WebDriverWait(driver, Duration.ofSeconds(20))
					.until(d -> !d.findElements(By.cssSelector("#proof[data-checked]")).isEmpty());
				return !driver.findElements(By.cssSelector(selector)).isEmpty();
			});
		}
		catch (org.openqa.selenium.TimeoutException e) {
			throw new AssertionError("no " + selector + " in "
					+ browser.findElement(By.id("proof")).getAttribute("outerHTML"), e);
		}
	}

	protected void screenshot(String name) throws IOException {
		Path dir = Path.of("target/screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}
}
