package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * The provider's coordinator opens a participant's individual plan from the participant page, adds a goal by keyboard
 * only (Tab to the button, Enter), sees it in the plan and the timeline, and writes a message; the plan and the
 * messages pass axe-core in German, Danish and English, also on a phone.
 */
class CoopPlanBrowserTests extends BrowserTest {

	private static final Map<String, String> ADD_GOAL = Map.of("de", "Ziel hinzufügen", "da", "Tilføj mål", "en", "Add goal");

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theCoordinatorWorksOnThePlanByKeyboard(String language) {
		UUID agreement = jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
		UUID demir = jdbc.sql("select id from coop_participant where last_name = 'Demir'").query(UUID.class).single();
		signIn("traeger@bildungswerk-kai.example", DemoAccounts.PASSWORD);

		page.navigate("/work/coop/" + agreement + "/participants/" + demir + "?lang=" + language);
		page.locator("a[href$='/participants/" + demir + "/plan']").focus();
		page.keyboard().press("Enter");
		page.waitForLoadState();
		assertThat(page.locator("h1")).containsText("Ayla Demir");
		assertThat(page.locator("#timeline li").first()).isVisible();
		assertAccessible(page, "plan " + language);
		screenshot(page, "coop-plan-" + language);

		String goal = "Staplerschein (" + language + ")";
		page.locator("#goalText").focus();
		page.keyboard().type(goal);
		page.keyboard().press("Tab");
		assertThat(page.locator("#goals form:has(#goalText) button[type=submit]")).isFocused();
		assertThat(page.locator("#goals form:has(#goalText) button[type=submit]")).hasText(ADD_GOAL.get(language));
		page.keyboard().press("Enter");
		page.waitForLoadState();
		assertThat(page.locator("#goals .coop-plan__items")).containsText(goal);
		assertThat(page.locator("#timeline li").first()).containsText(goal);
		assertAccessible(page, "plan after a change " + language);

		page.locator("a[href$='/participants/" + demir + "/messages']").first().click();
		page.locator("#messageBody").fill("Kurze Rückfrage (" + language + ")");
		page.locator("form:has(#messageBody) button[type=submit]").press("Enter");
		page.waitForLoadState();
		assertThat(page.locator(".coop-thread")).containsText("Kurze Rückfrage (" + language + ")");
		assertAccessible(page, "messages " + language);

		page.navigate("/my-work?lang=" + language);
		page.locator("a[href='/work/coop/" + agreement + "/messages']").first().click();
		// "my work" has a heading too: the messages page first
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/work/coop/" + agreement + "/messages$"));
		assertThat(page.locator("h1")).isVisible();
		assertAccessible(page, "unread messages " + language);
		screenshot(page, "coop-messages-unread-" + language);

		page.setViewportSize(390, 1600);
		page.navigate("/work/coop/" + agreement + "/participants/" + demir + "/plan?lang=" + language);
		assertAccessible(page, "plan on a phone " + language);
		screenshot(page, "coop-plan-phone-" + language);
	}
}
