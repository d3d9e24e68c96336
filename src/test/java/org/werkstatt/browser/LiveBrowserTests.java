package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
 * The live theme walls in several browsers at once: phones join by code, post ideas and put dots, the
 * projector and the other phones follow within a second; the moderator holds back and hides ideas; the
 * pages pass axe-core in every language and work with the keyboard and without JavaScript.
 */
class LiveBrowserTests extends BrowserTest {

	private static final String MODERATOR = "moderation@jobcenter-hafenstadt.example";
	/** What the issue allows between a participant's answer and the projector showing it. */
	private static final double ONE_SECOND = 1_000;
	private static final Pattern IDEA_ID = Pattern.compile("\"idea\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	@Autowired
	ApplicationContext application;

	private final List<BrowserContext> contexts = new ArrayList<>();
	/** When the last idea or dot was answered ({@link System#nanoTime}), and how long the projector took since. */
	private long answeredAt;
	private final List<String> delays = new ArrayList<>();

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	@Test
	void twoPhonesPostAndVoteAndTheProjectorShowsBothWithinASecond() {
		LiveEvent event = new LiveFixture(application).open("Zwei Handys " + suffix(), false, "Wege in Arbeit");
		UUID wall = event.walls().getFirst();
		Page projector = moderatorPage(event.projector());
		Page ada = phone(true);
		Page ben = phone(true);
		join(ada, event, "Ada");
		join(ben, event, "Ben");
		markDocument(ada);
		markDocument(ben);

		String adaText = "Kinderbetreuung ab sechs Uhr morgens";
		Response adaPosted = post(ada, wall, adaText);
		UUID adaIdea = ideaOf(adaPosted);
		shownWithinASecond(projector.locator(card(adaIdea, "text")), adaText);
		assertThat(projector.locator(card(adaIdea, "score"))).hasText("0");
		// the other phone gets the idea without reloading, and hears about it in the polite live region
		assertThat(ben.locator(card(adaIdea, "text"))).hasText(adaText);
		assertThat(ben.locator("#live-announcer")).hasAttribute("aria-live", "polite");
		assertThat(ben.locator("#live-announcer")).containsText(adaText, new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
		// only the author gets the author's controls
		assertThat(ada.locator("#idea-" + adaIdea + " [data-field=own]")).isVisible();
		assertThat(ben.locator("#idea-" + adaIdea + " [data-field=own]")).isHidden();

		String benText = "Ein Bus zum Gewerbegebiet vor Schichtbeginn";
		UUID benIdea = ideaOf(post(ben, wall, benText));
		shownWithinASecond(projector.locator(card(benIdea, "text")), benText);
		assertThat(ada.locator(card(benIdea, "text"))).hasText(benText);

		dot(ada, benIdea);
		shownWithinASecond(projector.locator(card(benIdea, "score")), "1");
		assertThat(ada.locator(card(benIdea, "mine"))).containsText("1");
		dot(ben, adaIdea);
		shownWithinASecond(projector.locator(card(adaIdea, "score")), "1");
		dot(ben, adaIdea);
		shownWithinASecond(projector.locator(card(adaIdea, "score")), "2");
		assertThat(projector.locator(card(benIdea, "score"))).hasText("1");
		// the phones follow the dots too, and the budget counts down
		assertThat(ada.locator(card(adaIdea, "score"))).hasText("2");
		assertThat(ben.locator(card(benIdea, "score"))).hasText("1");
		assertThat(ben.locator("#budget")).containsText("3");
		assertThat(projector.locator(".projector__ideas > li")).hasCount(2);
		assertSameDocument(ada);
		assertSameDocument(ben);
		// cards that arrived live are built from the page's template: they must be as accessible as the rest
		assertAccessible(ben, "participant wall after live updates");
		assertAccessible(projector, "projector after live updates");
		System.out.println("The projector showed: " + String.join(", ", delays));

		screenshot(ada, "live-wall-phone");
		screenshot(projector, "live-projector");
		Page console = projector.context().newPage();
		console.navigate(event.console());
		assertThat(console.locator("#wall-" + wall + " #idea-" + adaIdea)).containsText(adaText);
		screenshot(console, "live-console");
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void livePagesAreAccessible(String language) {
		LiveFixture fixture = new LiveFixture(application);
		LiveEvent event = fixture.open("Ideenwerkstatt " + language + " " + suffix(), false, "Wege in Arbeit",
				"Betriebe gewinnen");
		fixture.seed(event);

		Page phone = phone(true);
		phone.navigate("/join?lang=" + language);
		assertThat(phone.locator("html")).hasAttribute("lang", language);
		assertAccessible(phone, "join " + language);
		boolean german = "de".equals(language);
		if (german) {
			// the pages with errors are built alike in every language; once is enough
			phone.locator("form[action='/join'] button[type=submit]").click();
			assertThat(phone.locator("#code-error")).isVisible();
			assertAccessible(phone, "join with error " + language);
		}
		phone.locator("#code").fill(event.code());
		phone.locator("form[action='/join'] button[type=submit]").click();
		assertThat(phone.locator("input[name=consent]")).isVisible();
		assertAccessible(phone, "join event " + language);
		if (german) {
			phone.locator("form[action$='/join/" + event.code() + "'] button[type=submit]").click();
			assertThat(phone.locator("#consent-error")).isVisible();
			assertAccessible(phone, "join event with error " + language);
		}
		phone.locator("input[name=consent]").check();
		phone.locator("form[action$='/join/" + event.code() + "'] button[type=submit]").click();
		assertThat(phone.locator("#live")).isVisible();
		UUID wall = event.walls().getFirst();
		// the offer to hear about one's ideas by mail comes with the first idea, without reloading
		assertThat(phone.locator("#idea-mail-offer")).isHidden();
		assertThat(phone.locator("#live-after")).isHidden();
		UUID own = ideaOf(post(phone, wall, "Mehr Teilzeitausbildung"));
		assertThat(phone.locator("#idea-" + own + " [data-field=own]")).isVisible();
		assertThat(phone.locator("#live-message")).not().isEmpty();
		assertThat(phone.locator("#idea-mail-offer")).isVisible();
		assertThat(phone.locator("#idea-mail-offer-link")).hasAttribute("href",
				Pattern.compile("/events/" + event.eventId() + "/my-ideas#subscribe$"));
		assertAccessible(phone, "participant wall " + language);
		if (german) {
			screenshot(phone, "live-wall-phone-seeded");
		}

		Page moderator = moderatorPage(event.console() + "?lang=" + language);
		assertThat(moderator.locator("html")).hasAttribute("lang", language);
		assertThat(moderator.locator("#pending .mod-idea")).hasCount(1);
		assertAccessible(moderator, "moderator console " + language);
		moderator.navigate(event.projector());
		assertThat(moderator.locator(".projector__ideas > li")).hasCount(5);
		assertAccessible(moderator, "projector " + language);
		if (german) {
			screenshot(moderator, "live-projector-seeded");
		}
		moderator.navigate(event.present());
		assertThat(moderator.locator(".presentation__idea")).isVisible();
		assertAccessible(moderator, "presentation " + language);
		if (german) {
			screenshot(moderator, "live-present");
		}
		moderator.navigate(event.results());
		assertThat(moderator.locator(".results-list").first()).isVisible();
		assertAccessible(moderator, "results " + language);

		// after the session the phone links the published results and the decision list
		fixture.close(event, true);
		phone.reload();
		assertThat(phone.locator("#live-after")).isVisible();
		assertThat(phone.locator("#results-link")).isVisible();
		assertThat(phone.locator("#idea-mail-offer")).isVisible();
		assertAccessible(phone, "participant wall after the session " + language);
		if (german) {
			screenshot(phone, "live-wall-phone-closed");
		}
		phone.locator("#decisions-link").click();
		assertThat(phone).hasURL(Pattern.compile("/events/" + event.eventId() + "/decisions$"));
		phone.goBack();
		phone.locator("#idea-mail-offer-link").click();
		assertThat(phone.locator("#subscribe")).isVisible();
		if (german) {
			screenshot(moderator, "live-results");
			moderator.navigate(event.console());
			screenshot(moderator, "live-console-seeded");
		}
	}

	@Test
	void theIdeaFormAndTheDotButtonWorkWithTheKeyboard() {
		LiveEvent event = new LiveFixture(application).open("Tastatur " + suffix(), false, "Wege in Arbeit");
		UUID wall = event.walls().getFirst();
		join(page, event, "Kim");

		Locator text = page.locator("#text-" + wall);
		tabTo(page, text, 40);
		String words = "Beratung auch in leichter Sprache";
		page.keyboard().type(words);
		assertThat(text).hasValue(words);
		Locator submit = page.locator("#wall-" + wall + " .idea-form button[type=submit]");
		tabTo(page, submit, 3);
		Response posted = page.waitForResponse(r -> r.url().endsWith("/ideas"), () -> page.keyboard().press("Enter"));
		UUID idea = ideaOf(posted);
		assertThat(page.locator(card(idea, "text"))).hasText(words);
		assertThat(text).hasValue("");

		Locator addDot = page.locator("#idea-" + idea + " form[data-live-form=dot] button");
		tabTo(page, addDot, 10);
		page.waitForResponse(r -> r.url().endsWith("/ideas/" + idea + "/dot"), () -> page.keyboard().press("Enter"));
		assertThat(page.locator(card(idea, "score"))).hasText("1");
		assertThat(page.locator(card(idea, "mine"))).containsText("1");
		// the button keeps the focus, so the next dot is one more key press
		assertThat(addDot).isFocused();
		page.waitForResponse(r -> r.url().endsWith("/ideas/" + idea + "/dot"), () -> page.keyboard().press(" "));
		assertThat(page.locator(card(idea, "score"))).hasText("2");
		assertThat(page.locator(card(idea, "mine"))).containsText("2");
		assertThat(addDot).isFocused();
	}

	@Test
	void withoutJavaScriptIdeasAndDotsWorkByReloading() {
		LiveEvent event = new LiveFixture(application).open("Ohne Skript " + suffix(), false, "Wege in Arbeit");
		UUID wall = event.walls().getFirst();
		Page phone = phone(false);
		join(phone, event, "Noa");

		String words = "Sprechstunde auch am Samstag";
		phone.locator("#text-" + wall).fill(words);
		Response posted = phone.waitForResponse(r -> r.url().endsWith("/ideas"),
				() -> press(phone.locator("#wall-" + wall + " .idea-form button[type=submit]"), "Enter"));
		assertThat(posted.status()).as("a plain form post is answered with a redirect").isEqualTo(302);
		Locator card = phone.locator("#wall-" + wall + " .idea-list > li").filter(new Locator.FilterOptions().setHasText(words));
		assertThat(card).hasCount(1);
		assertThat(phone.locator(".kern-alert--success")).isVisible();
		assertThat(card.locator("[data-field=score]")).hasText("0");

		Response dotted = phone.waitForResponse(r -> r.url().endsWith("/dot"),
				() -> press(card.locator("form[data-live-form=dot] button"), "Enter"));
		assertThat(dotted.status()).isEqualTo(302);
		assertThat(card.locator("[data-field=score]")).hasText("1");
		assertThat(card.locator("[data-field=mine]")).containsText("1");
		assertThat(phone.locator("#budget")).containsText("4");
	}

	@Test
	void heldBackIdeasWaitForTheModeratorAndHiddenOnesLeaveThePhones() {
		LiveEvent event = new LiveFixture(application).open("Vorab freigeben " + suffix(), true, "Wege in Arbeit");
		UUID wall = event.walls().getFirst();
		Page console = moderatorPage(event.console());
		Page ada = phone(true);
		Page ben = phone(true);
		join(ada, event, "Ada");
		join(ben, event, "Ben");
		markDocument(ada);
		markDocument(ben);
		ben.evaluate("() => { window.seen = []; document.addEventListener('live:changed', e => window.seen.push(...e.detail)); }");

		String words = "Jobmesse im Stadtteilzentrum";
		Response posted = post(ada, wall, words);
		UUID idea = ideaOf(posted);
		assertThat(ada.locator("#live-message")).not().isEmpty();
		// Ben's phone hears of the change, but only that there is nothing to show
		ben.waitForFunction("id => window.seen.some(c => c.id === id)", idea.toString());
		assertThat((String) ben.evaluate("id => JSON.stringify(window.seen.filter(c => c.id === id))", idea.toString()))
			.contains("\"gone\"")
			.doesNotContain(words);
		assertThat(ben.locator("#idea-" + idea)).hasCount(0);

		// the console reloads by itself and lists the idea as waiting
		Locator pending = console.locator("#pending #idea-" + idea);
		assertThat(pending).containsText(words);
		assertThat(console.locator("[id='idea-" + idea + "']")).hasCount(1);
		pending.locator("form[action$='/approve'] button").click();
		assertThat(console.locator("#pending #idea-" + idea)).hasCount(0);
		assertThat(ben.locator(card(idea, "text"))).hasText(words);
		assertThat(ada.locator(card(idea, "text"))).hasText(words);

		Locator published = console.locator("#wall-" + wall + " #idea-" + idea);
		published.locator("details:has(form[action$='/hide']) > summary").click();
		console.locator("#reason-" + idea).fill("Werbung");
		published.locator("form[action$='/hide'] button[type=submit]").click();
		assertThat(console.locator("#idea-" + idea)).containsText("Werbung");
		assertThat(ben.locator("#idea-" + idea)).hasCount(0);
		assertThat(ada.locator("#idea-" + idea)).hasCount(0);
		assertSameDocument(ada);
		assertSameDocument(ben);
	}

	// helpers

	/** A phone of its own (cookies and all), closed after the test. */
	private Page phone(boolean javaScript) {
		BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port)
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true)
			.setJavaScriptEnabled(javaScript));
		contexts.add(phone);
		return phone.newPage();
	}

	/** The test's desktop page, signed in as the demo moderator, at the path. */
	private Page moderatorPage(String path) {
		page.setViewportSize(1280, 800);
		signIn(MODERATOR, DemoAccounts.PASSWORD);
		page.navigate(path);
		return page;
	}

	/** Joins as a participant would: the code typed in small letters with a space, the notice accepted. */
	private static void join(Page phone, LiveEvent event, String nickname) {
		phone.navigate("/join");
		String typed = event.code().substring(0, 3).toLowerCase() + " " + event.code().substring(3).toLowerCase();
		phone.locator("#code").fill(typed);
		press(phone.locator("form[action='/join'] button[type=submit]"), "Enter");
		assertThat(phone.locator("input[name=consent]")).isVisible();
		phone.locator("#nickname").fill(nickname);
		press(phone.locator("input[name=consent]"), " ");
		assertThat(phone.locator("input[name=consent]")).isChecked();
		press(phone.locator("form[action$='/join/" + event.code() + "'] button[type=submit]"), "Enter");
		assertThat(phone.locator("#live")).isVisible();
		assertThat(phone).hasURL(Pattern.compile("/live/" + event.code() + "$"));
	}

	/**
	 * Focuses the element and presses the key. Pages without JavaScript are driven this way: Playwright's
	 * clicks wait for the element to stand still, which without scripts does not always end.
	 */
	private static void press(Locator element, String key) {
		element.focus();
		element.press(key);
	}

	private Response post(Page phone, UUID wall, String text) {
		phone.locator("#text-" + wall).fill(text);
		Response response = phone.waitForResponse(r -> r.url().endsWith("/ideas") && "POST".equals(r.request().method()),
				() -> phone.locator("#wall-" + wall + " .idea-form button[type=submit]").click());
		answeredAt = System.nanoTime();
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response;
	}

	private void dot(Page phone, UUID idea) {
		Response response = phone.waitForResponse(r -> r.url().endsWith("/ideas/" + idea + "/dot"),
				() -> phone.locator("#idea-" + idea + " form[data-live-form=dot] button").click());
		answeredAt = System.nanoTime();
		assertThat(response.status()).as(response.text()).isEqualTo(200);
	}

	/** The element shows the text no later than one second after the last answer to a phone. */
	private void shownWithinASecond(Locator element, String text) {
		double left = ONE_SECOND - (System.nanoTime() - answeredAt) / 1e6;
		assertThat(left).as("time left of the second after the answer").isPositive();
		assertThat(element).hasText(text, new LocatorAssertions.HasTextOptions().setTimeout(left));
		delays.add(text + " after " + (System.nanoTime() - answeredAt) / 1_000_000 + " ms");
	}

	private static UUID ideaOf(Response response) {
		Matcher matcher = IDEA_ID.matcher(response.text());
		assertThat(matcher.find()).as("idea id in " + response.text()).isTrue();
		return UUID.fromString(matcher.group(1));
	}

	private static String card(UUID idea, String field) {
		return "#idea-" + idea + " [data-field=" + field + "]";
	}

	/** Marks the page's document, so {@link #assertSameDocument} can tell it was not reloaded. */
	private static void markDocument(Page page) {
		page.evaluate("() => { window.sameDocument = true; }");
	}

	private static void assertSameDocument(Page page) {
		assertThat(page.evaluate("() => window.sameDocument === true")).as("the page was not reloaded").isEqualTo(true);
	}

	/** Presses Tab until the element has the focus; fails if it takes more than the given presses. */
	private static void tabTo(Page page, Locator target, int presses) {
		for (int i = 0; i < presses; i++) {
			page.keyboard().press("Tab");
			if (Boolean.TRUE.equals(target.evaluate("el => el === document.activeElement"))) {
				return;
			}
		}
		fail("%s not reached with %d presses of Tab; the focus is on %s", target, presses,
				page.evaluate("() => document.activeElement.outerHTML.substring(0, 200)"));
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}
}
