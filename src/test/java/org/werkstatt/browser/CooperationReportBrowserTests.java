package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * The equal-opportunity officer reads the demo's reports from "my work" by links and keyboard, with charts beside
 * their tables and no link to a participant; the provider's coordinator opens the agreement's report page. Every page
 * passes axe-core in German, Danish and English.
 */
class CooperationReportBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theOfficerReadsAReportAndTheProviderItsReportPage(String language) {
		signIn("bca@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/my-work?lang=" + language);
		page.locator("main a[href='/work/jobcenter-hafenstadt/reports']").first().click();
		assertThat(page.locator("table.coop-report-list")).isVisible();
		// the demo's two reports (other tests may add reports of their own agreements)
		assertThat(page.locator("table.coop-report-list tbody tr").filter(new Locator.FilterOptions().setHasText("MY TURN")))
			.hasCount(2);
		assertAccessible(page, "officer's report list " + language);

		// by keyboard: focus the first report's link and follow it with Enter
		page.locator("table.coop-report-list tbody tr").filter(new Locator.FilterOptions().setHasText("MY TURN")).first()
			.locator("a").focus();
		page.keyboard().press("Enter");
		page.waitForLoadState();
		assertThat(page.locator("svg.coop-report-svg")).hasCount(3);
		assertThat(page.locator("table.coop-report-table").first()).isVisible();
		assertThat(page.locator("main a[href*='/participants']")).hasCount(0);
		assertThat(page.locator("main a[href*='/work/coop/']")).hasCount(0);
		assertThat(page.locator("main")).containsText("< 5");
		assertAccessible(page, "officer's report " + language);
		screenshot(page, "coop-report-officer-" + language);
		Page phone = phone();
		phone.context().addCookies(page.context().cookies());
		phone.navigate(page.url());
		assertAccessible(phone, "officer's report on a phone " + language);
		screenshot(phone, "coop-report-officer-phone-" + language);
		phone.context().close();

		UUID agreement = jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
		signIn("traeger@bildungswerk-kai.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/bildungswerk-kai/cooperation/agreements/" + agreement + "?lang=" + language);
		page.locator("a[href='/work/coop/" + agreement + "/reports']").click();
		assertThat(page.locator("table.coop-report-periods")).isVisible();
		assertThat(page.locator("h1")).isVisible();
		assertAccessible(page, "provider's report page " + language);
		screenshot(page, "coop-report-provider-" + language);
	}
}
