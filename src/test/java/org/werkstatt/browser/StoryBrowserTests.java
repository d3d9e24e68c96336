package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * Success stories and info events in German, Danish and English: the provider's story form (reached from the
 * participant page by its link) and its warnings, the info event page with its form, the jobcenter's invitation page
 * and letter, and the public programme and story pages; every page passes axe-core.
 */
class StoryBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theProviderWritesAStoryAndCreatesAnInfoEvent(String language) {
		UUID agreement = jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
		UUID demir = jdbc.sql("select id from coop_participant where last_name = 'Demir'").query(UUID.class).single();
		signIn("traeger@bildungswerk-kai.example", DemoAccounts.PASSWORD);

		page.navigate("/work/coop/" + agreement + "/participants/" + demir + "?lang=" + language);
		page.locator(".coop-story-links a").first().click();
		assertThat(page.locator("#story-form")).isVisible();
		page.locator("#pseudonym").fill("Ayla");
		page.locator("#title").fill("Ein Anfang");
		page.locator("#body").fill("Frau Demir hat es geschafft.");
		page.locator("#story-form button[type=submit]").click();
		assertThat(page.locator("#pseudonym-error")).isVisible();
		assertThat(page.locator("#story-form .story-warnings li")).hasCount(2);
		assertThat(page.locator("#body")).hasValue("Frau Demir hat es geschafft.");
		assertAccessible(page, "story form with errors " + language);
		screenshot(page, "story-form-" + language);

		page.navigate("/work/coop/" + agreement + "/info-events?lang=" + language);
		assertThat(page.locator("#info-event-form")).isVisible();
		assertThat(page.locator(".event-list")).containsText("MY TURN");
		assertAccessible(page, "info events " + language);
		screenshot(page, "info-events-" + language);

		page.navigate("/work/coop/" + agreement + "/stories?lang=" + language);
		assertThat(page.locator("table.coop-stories")).isVisible();
		assertAccessible(page, "story list " + language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theJobcenterPrintsAnInvitationAndTheSiteShowsTheStories(String language) {
		UUID agreement = jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
		UUID demir = jdbc.sql("select id from coop_participant where last_name = 'Demir'").query(UUID.class).single();
		signIn("fallmanagement@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/work/coop/" + agreement + "/participants/" + demir + "/info-events?lang=" + language);
		assertThat(page.locator(".event-list")).containsText("MY TURN");
		assertAccessible(page, "invitations " + language);
		page.locator(".event-list a[href*='/letter']").first().click();
		assertThat(page.locator(".coop-letter")).containsText("Ayla Demir");
		assertThat(page.locator(".coop-letter")).hasAttribute("lang", "de");
		assertAccessible(page, "letter " + language);
		screenshot(page, "invitation-letter-" + language);

		page.navigate("/programmes/" + agreement + "/stories?lang=" + language);
		assertThat(page.locator("h1")).isVisible();
		assertAccessible(page, "programme stories " + language);
		page.locator(".story-list a").first().click();
		assertThat(page.locator("article.story-article")).isVisible();
		assertAccessible(page, "public story " + language);
		screenshot(page, "public-story-" + language);
	}
}
