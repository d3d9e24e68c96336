package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.werkstatt.identity.demo.DemoAccounts;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/**
 * The public reads a plan and follows a measure; a planner changes the measure and the public sees the
 * new version on its timeline. Every page passes axe-core, in German, Danish and English.
 */
class PlanBrowserTests extends BrowserTest {

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void thePublicFollowsAMeasureThatAPlannerChanges(String language) {
		page.navigate("/plans?lang=" + language);
		assertAccessible(page, "plans " + language);
		page.locator(".event-list a").filter(new Locator.FilterOptions().setHasText("Arbeitsmarkt- und Integrationsprogramm")).click();
		assertThat(page.locator("#goals-heading")).isVisible();
		assertThat(page.locator(".plan-summary__table tbody tr")).hasCount(5);
		assertAccessible(page, "plan page " + language);

		page.locator("#filter-status").selectOption("DONE");
		page.locator(".plan-filter button[type=submit]").press("Enter");
		// the filtered page first, then read from it
		assertThat(page).hasURL(java.util.regex.Pattern.compile("status=DONE"));
		String done = page.locator("#filter-status option:checked").textContent().strip();
		Locator rows = page.locator(".measure-table tbody tr");
		assertThat(rows.first()).containsText(done);
		assertThat(rows.filter(new Locator.FilterOptions().setHasNotText(done))).hasCount(0);
		assertAccessible(page, "plan page filtered " + language);

		page.locator(".measure-table tbody a").first().click();
		// the plan page has a heading too: the measure's address first, before its address is read below
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/measures/[0-9a-f-]{36}"));
		assertThat(page.locator("h1")).isVisible();
		assertThat(page.locator(".timeline li").first()).isVisible();
		assertAccessible(page, "measure page " + language);
		String measurePath = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
		String id = measurePath.substring(measurePath.lastIndexOf('/') + 1);
		screenshot(page, "measure-" + language);

		signIn("planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/jobcenter-hafenstadt/measures/" + id + "?lang=" + language);
		assertAccessible(page, "measure editor " + language);
		page.locator("#progress").fill("150");
		page.locator("form[action$='" + id + "'] button[type=submit]").click();
		assertThat(page.locator("#progress-error")).isVisible();
		assertAccessible(page, "measure editor with errors " + language);

		String milestone = "Abschlussbericht " + UUID.randomUUID().toString().substring(0, 6);
		page.locator("#progress").fill("");
		page.locator("#status").selectOption("IN_PROGRESS");
		page.locator("form[action$='" + id + "'] button[type=submit]").click();
		// the form with errors has the milestone form too: wait for the saved measure before filling it
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertThat(page.locator("#progress-error")).hasCount(0);
		page.locator("#milestoneDue").fill("2026-10-01");
		page.locator("#milestoneTitle").fill(milestone);
		page.locator("#milestones button[type=submit]").last().click();
		assertThat(page.locator("#milestones .milestones")).containsText(milestone);
		Locator reached = page.locator("#milestones li").filter(new Locator.FilterOptions().setHasText(milestone))
			.getByRole(AriaRole.BUTTON).first();
		reached.click();
		// the answer to "reached" is in (its button now reopens) before the test leaves the page
		assertThat(reached).hasAttribute("value", "open");
		assertThat(page.locator("#versions")).containsText(milestone);

		page.navigate(measurePath + "?lang=" + language + "&fresh=1");
		assertThat(page.locator(".timeline")).containsText(milestone);
		assertThat(page.locator(".measure-progress")).containsText("50");
		assertAccessible(page, "measure page after the change " + language);
	}
}
