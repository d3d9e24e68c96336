package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.werkstatt.identity.demo.DemoAccounts;

/** A planner creates an event with agenda and product show in the browser; every page passes axe-core. */
class EventPagesBrowserTests extends BrowserTest {

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void plannerCreatesAnEventAndThePublicSeesIt(String language) {
		signIn("planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/jobcenter-hafenstadt/events?lang=" + language);
		assertAccessible(page, "organiser's events " + language);
		page.navigate("/manage/jobcenter-hafenstadt/events/new");
		assertAccessible(page, "new event form " + language);

		page.locator("form[action$='/events/new'] button[type=submit]").click();
		assertThat(page.locator("#title-error")).isVisible();
		assertAccessible(page, "new event form with errors " + language);

		String title = "Werkstatttreffen " + UUID.randomUUID().toString().substring(0, 8);
		page.locator("#format").selectOption("WORKSHOP_MEETING");
		page.locator("#title").fill(title);
		page.locator("#startsAt").fill("2027-09-14T17:00");
		page.locator("#endsAt").fill("2027-09-14T19:00");
		page.locator("#venueName").fill("Stadtteilzentrum Nordufer");
		page.locator("form[action$='/events/new'] button[type=submit]").click();
		assertThat(page.locator("#agenda-heading")).isVisible();
		page.locator("#agendaStarts").fill("17:15");
		page.locator("#agendaTitle").fill("Bericht aus den Arbeitsgruppen");
		page.locator("#agenda button[type=submit]").last().click();
		assertThat(page.locator("#agenda ol")).containsText("Bericht aus den Arbeitsgruppen");
		assertAccessible(page, "event editor " + language);

		page.navigate("/events");
		page.getByText(title).click();
		assertThat(page.locator("h1")).hasText(title);
		assertAccessible(page, "public event page " + language);
		screenshot(page, "event-" + language);
	}
}
