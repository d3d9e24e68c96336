package org.werkstatt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.werkstatt.FullStackTest;

/**
 * Browser tests drive the system Chromium ({@code /usr/bin/chromium}, or {@code WERKSTATT_CHROMIUM}) through
 * Playwright, never a downloaded browser. Each page a test opens can be checked with axe-core for
 * WCAG 2.1 AA violations; screenshots land in {@code target/screenshots}.
 */
abstract class BrowserTest extends FullStackTest {

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
	static final Path SCREENSHOTS = Path.of("target", "screenshots");
	/**
	 * How long a web-first assertion ({@code assertThat(locator)...}, {@code assertThat(page)...}) retries before it
	 * fails. Playwright's own 5 s were too short for a page's answer in the whole suite on a busy 2-core machine; a
	 * passing assertion returns as soon as it holds, so only failing ones wait longer. Actions and navigations keep
	 * Playwright's 30 s.
	 */
	static final double ASSERTION_TIMEOUT_MS = 15_000;

	private static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;
	Page page;

	@BeforeAll
	static void launchChromium() {
		Assumptions.assumeFalse("false".equals(System.getProperty("werkstatt.browser-tests")),
				"browser tests switched off with -Dwerkstatt.browser-tests=false");
		PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
		String chromium = System.getenv().getOrDefault("WERKSTATT_CHROMIUM", "/usr/bin/chromium");
		assertThat(Path.of(chromium)).as("system Chromium (install Debian's chromium package)").exists();
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(chromium))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port));
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	/** Opens a phone-sized context, as a workshop participant would hold it. */
	Page phone() {
		BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port)
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true));
		return phone.newPage();
	}

	void signIn(String email, String password) {
		signIn(page, email, password);
	}

	/**
	 * Signs in on the page and waits until the browser has left the login page (a load state alone would be the login
	 * page's own, already reached before the click's answer arrives); a refused login fails here by timing out.
	 */
	static void signIn(Page page, String email, String password) {
		page.navigate("/login");
		page.getByLabel(java.util.regex.Pattern.compile("E-Mail|e-mail", java.util.regex.Pattern.CASE_INSENSITIVE)).fill(email);
		page.locator("#password").fill(password);
		page.locator("form[action='/login'] button[type=submit]").click();
		page.waitForURL(url -> !"/login".equals(URI.create(url).getPath()));
		page.waitForLoadState();
	}

	/** Fails with the list of violations (rule, impact, first target) when axe-core finds any. */
	static void assertAccessible(Page page, String name) {
		// a page whose first elements a test waited for may still be arriving: axe-core checks it whole
		page.waitForLoadState();
		AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		String violations = results.getViolations()
			.stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
					+ v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		assertThat(results.getViolations()).as("axe-core violations on " + name + " (" + page.url() + "):\n" + violations)
			.isEmpty();
	}

	static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
