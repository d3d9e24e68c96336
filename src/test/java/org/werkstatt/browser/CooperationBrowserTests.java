package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

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

		page.locator("table.coop-participants a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Demir")).click();
		assertThat(page.locator("h1")).hasText("Ayla Demir");
		assertThat(page.locator("#caseworkers")).isVisible();
		assertThat(page.locator("#status form")).hasCount(0);
		assertAccessible(page, "participant page " + language);
		screenshot(page, "cooperation-participant-" + language);
	}
}
