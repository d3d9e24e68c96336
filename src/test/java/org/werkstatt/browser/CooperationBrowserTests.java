package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * The provider's coordinator opens the cooperation page, the MY TURN participant list and a participant's page, by
 * keyboard-usable links only; every page passes axe-core in German, Danish and English.
 */
class CooperationBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theCoordinatorReadsTheListAndAParticipant(String language) {
		UUID agreement = jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
		signIn("traeger@bildungswerk-kai.example", DemoAccounts.PASSWORD);

		page.navigate("/manage/bildungswerk-kai/cooperation?lang=" + language);
		assertThat(page.locator("h1")).isVisible();
		assertAccessible(page, "cooperation page " + language);
		page.locator("a[href='/work/coop/" + agreement + "/participants']").first().click();

		assertThat(page.locator("table.coop-participants")).isVisible();
		assertThat(page.locator("table.coop-participants")).containsText("Demir, Ayla");
		assertThat(page.locator("table.coop-participants")).not().containsText("Khalil");
		assertAccessible(page, "participant list " + language);
		screenshot(page, "cooperation-participants-" + language);

		// the status filter by keyboard: only the ended participations, then everyone again
		page.locator("#participants-status").focus();
		page.locator("#participants-status").selectOption("ENDED");
		page.keyboard().press("Tab");
		page.keyboard().press("Enter");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("status=ENDED"));
		assertThat(page.locator("table.coop-participants")).not().containsText("Demir, Ayla");
		assertThat(page.locator("#participants-status")).hasValue("ENDED");
		assertAccessible(page, "participant list of one status " + language);
		page.locator("#participants-status").selectOption("");
		page.locator(".coop-list-filter button").click();
		assertThat(page.locator("table.coop-participants")).containsText("Demir, Ayla");

		page.locator("table.coop-participants a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Demir")).click();
		assertThat(page.locator("h1")).hasText("Ayla Demir");
		assertThat(page.locator("#caseworkers")).isVisible();
		assertThat(page.locator("#status form")).hasCount(0);
		assertAccessible(page, "participant page " + language);
		screenshot(page, "cooperation-participant-" + language);

		Page phone = phone();
		try {
			signIn(phone, "traeger@bildungswerk-kai.example", DemoAccounts.PASSWORD);
			phone.navigate("/work/coop/" + agreement + "/participants?status=PARTICIPATING&lang=" + language);
			assertThat(phone.locator("table.coop-participants")).isVisible();
			org.assertj.core.api.Assertions.assertThat((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
				.as("nothing sticks out sideways").isTrue();
			assertAccessible(phone, "participant list on a phone " + language);
			phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("cooperation-participants-phone-" + language + ".png"))
				.setFullPage(true));
		}
		finally {
			phone.context().close();
		}
	}
}
