package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.werkstatt.identity.demo.DemoAccounts;
import org.werkstatt.workshop.live.LiveFixture;
import org.werkstatt.workshop.live.LiveFixture.LiveEvent;

/**
 * The console and the screens for a big room: 120 ideas on four walls side by side, duplicates flagged,
 * updates without reloading; the projector sorting by dots and counting merged cards; the presentation; and
 * the phone's first text box above the fold with dot buttons that say when they cannot act.
 */
class LiveConsoleBrowserTests extends BrowserTest {

	private static final String MODERATOR = "moderation@jobcenter-hafenstadt.example";

	@Autowired
	ApplicationContext application;

	private final List<BrowserContext> contexts = new ArrayList<>();

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theConsoleShowsManyIdeasOnWallsSideBySideAndTheScreensAreAccessible(String language) {
		LiveFixture fixture = new LiveFixture(application);
		LiveEvent event = fixture.open("Großer Saal " + language + " " + suffix(), false, "Wege in Arbeit", "Betriebe gewinnen",
				"Kinderbetreuung", "Sprache");
		fixture.seedMany(event, 30);
		boolean german = "de".equals(language);

		Page console = moderatorPage(event.console() + "?lang=" + language);
		assertThat(console.locator("html")).hasAttribute("lang", language);
		assertThat(console.locator(".mod-wall .mod-idea")).hasCount(120);
		// the walls stand side by side at 1280 pixels, the board scrolls sideways
		BoundingBox first = console.locator("#wall-" + event.walls().get(0)).boundingBox();
		BoundingBox second = console.locator("#wall-" + event.walls().get(1)).boundingBox();
		assertThat(second.y).isEqualTo(first.y);
		assertThat(second.x).isGreaterThan(first.x + first.width - 1);
		assertThat((Boolean) console.evaluate("() => { const b = document.getElementById('console-board'); return b.scrollWidth > b.clientWidth; }"))
			.isTrue();
		assertThat(console.locator(".mod-duplicate").first()).isVisible();
		assertThat(console.locator("select[name=into] option, select[name=wall] option").count())
			.as("a few walls per card, not every idea").isLessThanOrEqualTo(120 * 3 + 4 * 3);
		assertAccessible(console, "console with 120 ideas " + language);
		if (german) {
			screenshot(console, "live-console-120-desktop");
			console.evaluate("() => { window.sameDocument = true; }");
			// a new idea arrives without reloading the page
			UUID idea = fixture.post(event, event.walls().get(2), "Eine ganz neue Idee aus dem Saal");
			assertThat(console.locator("#wall-" + event.walls().get(2) + " #idea-" + idea))
				.containsText("Eine ganz neue Idee", new LocatorAssertions.ContainsTextOptions().setTimeout(8_000));
			assertThat(console.evaluate("() => window.sameDocument === true")).isEqualTo(true);
			// a score changes in place
			fixture.dots(event, idea, 2);
			assertThat(console.locator("#idea-" + idea + " [data-field=score]"))
				.hasText("2", new LocatorAssertions.HasTextOptions().setTimeout(5_000));
			assertThat(console.evaluate("() => window.sameDocument === true")).isEqualTo(true);

			Page phoneConsole = context.newPage();
			phoneConsole.setViewportSize(390, 844);
			phoneConsole.navigate(event.console());
			BoundingBox a = phoneConsole.locator("#wall-" + event.walls().get(0)).boundingBox();
			BoundingBox b = phoneConsole.locator("#wall-" + event.walls().get(1)).boundingBox();
			assertThat(b.y).as("one column on a phone").isGreaterThan(a.y + a.height - 1);
			assertThat(b.x).isEqualTo(a.x);
			screenshot(phoneConsole, "live-console-120-phone");
			phoneConsole.close();
		}

		console.navigate(event.projector() + "?lang=" + language);
		assertThat(console.locator(".projector a")).hasCount(0);
		assertAccessible(console, "projector with 120 ideas " + language);
		if (german) {
			screenshot(console, "live-projector-120");
		}
		console.navigate(event.present() + "?lang=" + language);
		assertAccessible(console, "presentation title " + language);
		if (german) {
			screenshot(console, "live-present-title");
		}
		console.navigate(event.present() + "?step=999&lang=" + language);
		assertThat(console.locator(".presentation__qr")).isVisible();
		assertAccessible(console, "presentation what happens next " + language);
		if (german) {
			screenshot(console, "live-present-next");
			console.navigate(event.present() + "?step=1");
			screenshot(console, "live-present-idea");
		}
	}

	@Test
	void theProjectorSortsByDotsCalmlyAndCountsMergedCards() {
		LiveFixture fixture = new LiveFixture(application);
		LiveEvent event = fixture.open("Beamer sortiert " + suffix(), false, "Wege in Arbeit");
		UUID wall = event.walls().getFirst();
		UUID older = fixture.post(event, wall, "Zuerst gepostet");
		UUID newer = fixture.post(event, wall, "Später gepostet");
		Page projector = moderatorPage(event.projector());
		Locator cards = projector.locator(".projector__ideas > li:visible");
		assertThat(cards.first()).hasAttribute("id", "idea-" + newer);

		fixture.dots(event, older, 2);
		assertThat(projector.locator("#idea-" + older + " [data-field=score]")).hasText("2");
		// the score shows at once, the order follows within three seconds
		assertThat(cards.first()).hasAttribute("id", "idea-" + older, new LocatorAssertions.HasAttributeOptions().setTimeout(4_000));

		fixture.merge(event, newer, older);
		assertThat(projector.locator("#idea-" + newer)).isHidden();
		assertThat(projector.locator("#idea-" + older + " [data-field=merged-count]"))
			.hasText("+1 zusammengeführt", new LocatorAssertions.HasTextOptions().setTimeout(4_000));
		assertThat(cards).hasCount(1);
		assertAccessible(projector, "projector after sorting and merging");
	}

	@Test
	void onAPhoneTheFirstTextBoxIsVisibleAndTheDotButtonsSayWhenTheyCannotAct() {
		LiveFixture fixture = new LiveFixture(application);
		LiveEvent event = fixture.open("Ideenwerkstatt am Hafen " + suffix(), false, "Wege in Arbeit", "Betriebe gewinnen");
		UUID wall = event.walls().getFirst();
		UUID idea = fixture.post(event, wall, "Sprechstunde am Samstag");

		Page phone = phone(true, 360, 640);
		join(phone, event);
		phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("live-wall-phone-360-fold.png")));
		assertThat(phone.locator("#text-" + wall)).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
		screenshot(phone, "live-wall-phone-360");
		Locator dot = phone.locator("#idea-" + idea + " form[data-live-form=dot] button");
		Locator undot = phone.locator("#idea-" + idea + " form[data-live-form=undot] button");
		assertThat(undot).hasAttribute("aria-disabled", "true");
		assertThat(undot.evaluate("el => el.disabled")).as("focusable, not disabled, with the script").isEqualTo(false);
		undot.click(new Locator.ClickOptions().setForce(true));
		assertThat(phone.locator("#idea-" + idea + " [data-field=mine]")).containsText("0");
		assertThat(phone.locator("#idea-" + idea + " [data-field=score]")).hasText("0");
		for (int i = 1; i <= 3; i++) {
			int n = i;
			phone.waitForResponse(r -> r.url().endsWith("/dot"), dot::click);
			assertThat(phone.locator("#idea-" + idea + " [data-field=mine]")).containsText(String.valueOf(n));
		}
		assertThat(undot).not().hasAttribute("aria-disabled", "true");
		assertThat(dot).hasAttribute("aria-disabled", "true");
		assertThat(dot).isFocused();
		assertAccessible(phone, "phone wall with inactive buttons");

		Page plain = phone(false, 360, 640);
		join(plain, event);
		assertThat(plain.locator("#idea-" + idea + " form[data-live-form=undot] button")).isDisabled();
		assertThat(plain.locator("#idea-" + idea + " form[data-live-form=dot] button")).isEnabled();
		assertThat(plain.locator("#text-" + wall)).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
	}

	// helpers

	private Page phone(boolean javaScript, int width, int height) {
		BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port)
			.setViewportSize(width, height)
			.setIsMobile(true)
			.setHasTouch(true)
			.setJavaScriptEnabled(javaScript));
		contexts.add(phone);
		return phone.newPage();
	}

	private Page moderatorPage(String path) {
		page.setViewportSize(1280, 800);
		signIn(MODERATOR, DemoAccounts.PASSWORD);
		page.navigate(path);
		return page;
	}

	private static void join(Page phone, LiveEvent event) {
		phone.navigate("/join/" + event.code());
		phone.locator("#nickname").fill("Kim");
		// focus and keys, not clicks: without scripts Playwright's clicks wait for a stillness that does not always come
		phone.locator("input[name=consent]").focus();
		phone.locator("input[name=consent]").press(" ");
		assertThat(phone.locator("input[name=consent]")).isChecked();
		Locator submit = phone.locator("form[action$='/join/" + event.code() + "'] button[type=submit]");
		submit.focus();
		submit.press("Enter");
		assertThat(phone.locator("#live")).isVisible();
		phone.evaluate("() => window.scrollTo(0, 0)");
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}
}
