package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.catalog.show.ShowFixture;
import org.werkstatt.identity.Logins;
import org.werkstatt.identity.demo.DemoAccounts;
import org.werkstatt.workshop.event.EventStore;
import org.werkstatt.workshop.event.Visibility;

import com.microsoft.playwright.Page;

/**
 * The product show: the big screen stepped through with a clicker's keys and the kiosk paging by itself, the
 * organiser picking and ordering offers, and a visitor marking interest on a phone; axe-core in German,
 * Danish and English.
 */
class ProductShowBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventStore eventStore;

	ShowFixture fixture;
	UUID event;
	java.util.List<UUID> offerIds = new java.util.ArrayList<>();

	@BeforeEach
	void show() {
		fixture = new ShowFixture(jdbc, eventStore);
		event = fixture.event("jobcenter-hafenstadt", "Produktschau im Browser", Visibility.PUBLIC);
		String[][] offers = { { "bildungswerk-kai", "Fachkraft Lagerlogistik in Teilzeit" },
				{ "perspektive-plus", "Coaching für Alleinerziehende <b>mit</b> Kinderbetreuung" },
				{ "stadt-hafenstadt", "Sprachcafé Beruf im Stadtteilzentrum" } };
		for (int i = 0; i < offers.length; i++) {
			offerIds.add(fixture.offer(offers[i][0], offers[i][1], "PUBLISHED"));
			fixture.show(event, offerIds.get(i), i + 1, "Person " + (i + 1));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theScreenShowsOfferAfterOfferWithTheKeyboard(String language) {
		page.setViewportSize(1920, 1080);
		page.navigate("/events/" + event + "/offers/screen?lang=" + language);
		assertThat(page.locator("html")).hasAttribute("lang", language);
		assertThat(page.locator("h1")).hasText("Fachkraft Lagerlogistik in Teilzeit");
		assertThat(page.locator(".show-screen__qr img")).isVisible();
		assertAccessible(page, "product show screen " + language);
		screenshot(page, "show-screen-" + language);
		press("ArrowRight", "slide=2$");
		assertThat(page.locator("h1")).hasText("Coaching für Alleinerziehende <b>mit</b> Kinderbetreuung");
		press("PageDown", "slide=3$");
		press("PageUp", "slide=2$");
		press(" ", "slide=3$");
		press("Home", "slide=1$");
		press("End", "slide=3$");
		assertThat(page.locator("a[rel=next]")).hasCount(0);
		press("ArrowLeft", "slide=2$");
		page.locator("a[rel=prev]").click();
		assertThat(page).hasURL(Pattern.compile("slide=1$"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theKioskPagesOnByItselfAndCanBePaused(String language) {
		page.setViewportSize(1280, 800);
		page.navigate("/events/" + event + "/offers/screen?kiosk=1&slide=3&lang=" + language);
		assertAccessible(page, "product show kiosk " + language);
		if ("de".equals(language)) {
			// after the last offer, the first again
			page.waitForURL(Pattern.compile("kiosk=1&slide=1$"), new Page.WaitForURLOptions().setTimeout(20_000));
			assertThat(page.locator("h1")).hasText("Fachkraft Lagerlogistik in Teilzeit");
		}
		page.locator("#mode-link").click();
		assertThat(page).hasURL(Pattern.compile("/offers/screen\\?slide=\\d$"));
		assertThat(page.locator("main")).not().hasAttribute("data-advance", Pattern.compile(".*"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theOrganiserPicksAndOrdersOffers(String language) {
		UUID extra = fixture.offer("bildungswerk-kai", "Gabelstapler-Schein kompakt " + language, "PUBLISHED");
		signIn(Logins.JOBCENTER_PLANNER, DemoAccounts.PASSWORD);
		page.navigate("/manage/jobcenter-hafenstadt/events/" + event + "?lang=" + language);
		page.locator("#catalog-show-link").click();
		assertThat(page.locator(".show-entry")).hasCount(3);
		assertAccessible(page, "organiser's product show " + language);
		page.locator("#q").fill("Gabelstapler");
		page.locator("form[role=search] button[type=submit]").click();
		// the choices before the search may hold the offer too: tick it in the search's answer, not in the page it leaves
		assertThat(page).hasURL(Pattern.compile("q=Gabelstapler"));
		page.locator("input[type=radio][value='" + extra + "']").check();
		page.locator("#presenter").fill("Pia Praxis");
		page.locator("#stand").fill("Halle 2");
		assertAccessible(page, "organiser's product show with search results " + language);
		page.locator("#add-form button[type=submit]").click();
		assertThat(page.locator(".show-entry")).hasCount(4);
		assertThat(page.locator(".show-entry").last()).containsText("Gabelstapler-Schein kompakt");
		page.locator("#show-" + extra + " .show-entry__actions button").first().click();
		assertThat(page.locator(".show-entry").nth(2)).containsText("Gabelstapler-Schein kompakt");
		page.locator("input[id='presenter-" + extra + "']").fill("x".repeat(10));
		page.locator("#show-" + extra + " .show-entry__form button").click();
		// moving an entry shows no notice, saving one does: wait for it before checking the page
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertAccessible(page, "organiser's product show after saving " + language);
		screenshot(page, "show-manage-" + language);
		page.locator("#show-" + extra + " .show-entry__actions form[action$='/remove'] button").click();
		assertThat(page.locator(".show-entry")).hasCount(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void aVisitorMarksInterestOnAPhone(String language) {
		Page phone = phone();
		try {
			phone.navigate("/events/" + event + "?lang=" + language);
			phone.locator(".page-section a[href$='/interest']").first().click();
			assertThat(phone.locator("h1")).hasText("Fachkraft Lagerlogistik in Teilzeit");
			assertAccessible(phone, "interest form on a phone " + language);
			phone.locator("#name").fill("Jana Beispiel");
			phone.locator("#contact").fill("jana@example.org");
			screenshot(phone, "show-interest-phone-" + language);
			// without the tick: counted, the contact dropped, and said so
			phone.locator("#interest-submit").click();
			assertThat(phone.locator(".kern-alert--success")).isVisible();
			assertThat(phone.locator("#interest-marked")).isVisible();
			assertThat(phone.locator("#contact")).hasValue("");
			phone.locator("#contact").fill("jana@example.org");
			phone.locator("input[type=checkbox][name=consent]").check();
			phone.locator("#interest-submit").click();
			// the first answer's notice is still on the page: the answer to this one has the form empty again
			assertThat(phone.locator("#contact")).hasValue("");
			assertThat(phone.locator(".kern-alert--success")).isVisible();
			assertAccessible(phone, "interest noted on a phone " + language);
			screenshot(phone, "show-interest-done-" + language);
			assertThat(jdbc.sql("select contact from offer_interest where event_id = ? and contact is not null").param(event)
				.query(String.class).list()).containsExactly("jana@example.org");
		}
		finally {
			phone.context().close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theProviderFindsTheInterestsOnItsStartPage(String language) {
		Page phone = phone();
		try {
			phone.navigate("/events/" + event + "?lang=" + language);
			phone.locator(".page-section a[href$='/interest']").first().click();
			phone.locator("#interest-quick").click();
			assertThat(phone.locator(".kern-alert--success")).isVisible();
		}
		finally {
			phone.context().close();
		}
		signIn(Logins.PROVIDER_STAFF, DemoAccounts.PASSWORD);
		page.navigate("/my-work?lang=" + language);
		page.locator(".workspace-tasks a[href$='/offers/interest']").click();
		assertThat(page.locator("#interest-" + offerIds.getFirst())).containsText("Fachkraft Lagerlogistik in Teilzeit");
		assertAccessible(page, "provider's interest list " + language);
		screenshot(page, "show-interests-provider-" + language);
	}

	private void press(String key, String slide) {
		page.keyboard().press(key);
		assertThat(page).hasURL(Pattern.compile(slide));
		page.waitForLoadState();
	}
}
