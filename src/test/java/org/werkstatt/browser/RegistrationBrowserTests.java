package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * An organiser opens registration with one place; two people register through the event's page (the
 * second lands on the waiting list); the organiser's list shows both. Every page passes axe-core.
 */
class RegistrationBrowserTests extends BrowserTest {

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void peopleRegisterAndTheOrganiserSeesTheList(String language) {
		signIn("planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/jobcenter-hafenstadt/events/new?lang=" + language);
		String title = "Infoveranstaltung " + UUID.randomUUID().toString().substring(0, 8);
		page.locator("#format").selectOption("INFO_EVENT");
		page.locator("#title").fill(title);
		page.locator("#startsAt").fill("2027-10-05T10:00");
		page.locator("#endsAt").fill("2027-10-05T12:00");
		page.locator("#venueName").fill("Jobcenter Hafenstadt, Raum 101");
		page.locator("form[action$='/events/new'] button[type=submit]").click();
		page.locator("#registrations-link").click();
		page.locator("#registrationOpen1").check();
		page.locator("#capacity").fill("1");
		page.locator("form[action$='/registrations'] button[type=submit]").click();
		// the counts stand on the page before saving too: wait for the saved settings before a visitor comes
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertThat(page.locator("#counts")).isVisible();
		String list = page.url();

		Page visitor = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setBaseURL("http://127.0.0.1:" + port)).newPage();
		visitor.navigate(list.replaceAll(".*/events/([^/]+)/registrations.*", "/events/$1") + "?lang=" + language);
		assertThat(visitor.locator("#register")).isVisible();
		visitor.locator("#register button[type=submit]").click();
		assertThat(visitor.locator("#consent-error")).isVisible();
		assertAccessible(visitor, "registration form with errors " + language);
		visitor.locator("#name").fill("Sara Svensson");
		visitor.locator("#email").fill("sara-" + language + "@example.org");
		visitor.locator("#note").fill("Rollstuhl");
		visitor.locator("#consent1").check();
		visitor.locator("#register button[type=submit]").click();
		assertThat(visitor.locator("#cancel-link")).isVisible();
		assertAccessible(visitor, "registration confirmed " + language);

		visitor.navigate(list.replaceAll(".*/events/([^/]+)/registrations.*", "/events/$1"));
		assertThat(visitor.locator("#register")).containsText(switch (language) {
			case "da" -> "Den eneste plads er optaget.";
			case "en" -> "The only place is taken.";
			default -> "Der einzige Platz ist vergeben.";
		});
		assertAccessible(visitor, "event page with a full registration " + language);
		screenshot(visitor, "registration-event-" + language);
		visitor.locator("#name").fill("Tom Thomsen");
		visitor.locator("#email").fill("tom-" + language + "@example.org");
		visitor.locator("#consent1").check();
		visitor.locator("#register button[type=submit]").click();
		assertThat(visitor.locator(".kern-alert--warning")).isVisible();
		visitor.context().close();

		page.navigate(list);
		assertThat(page.locator("#table-CONFIRMED")).containsText("Sara Svensson");
		assertThat(page.locator("#table-WAITING")).containsText("Tom Thomsen");
		assertAccessible(page, "organiser's registration list " + language);
		screenshot(page, "registration-list-" + language);
		page.navigate("/manage/jobcenter-hafenstadt/outbox");
		assertThat(page.locator("main")).containsText("tom-" + language + "@example.org");
		assertAccessible(page, "outbox " + language);

		Page phone = phone();
		phone.navigate(list.replaceAll(".*/events/([^/]+)/registrations.*", "/events/$1"));
		assertAccessible(phone, "event page on a phone " + language);
		screenshot(phone, "registration-event-phone-" + language);
		phone.context().close();
	}
}
