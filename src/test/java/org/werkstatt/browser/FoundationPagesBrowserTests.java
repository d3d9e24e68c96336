package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * The foundation's pages as people use them, in German, Danish and English: each passes axe-core
 * (WCAG 2.1 AA) and works with the keyboard.
 */
class FoundationPagesBrowserTests extends BrowserTest {

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void startPageIsAccessible(String language) {
		page.navigate("/?lang=" + language);
		assertThat(page.locator("html")).hasAttribute("lang", language);
		assertThat(page.locator("h1")).isVisible();
		assertAccessible(page, "start page " + language);
		screenshot(page, "start-" + language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void loginPageIsAccessible(String language) {
		page.navigate("/login?lang=" + language);
		assertAccessible(page, "login " + language);
		page.locator("#email").fill("nobody@example.org");
		page.locator("#password").fill("wrong password");
		page.locator("#password").press("Enter");
		assertThat(page.locator("#login-error")).isVisible();
		assertThat(page.locator("#email")).hasValue("nobody@example.org");
		assertAccessible(page, "login with error " + language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void organisationAdminPagesAreAccessible(String language) {
		signIn("admin@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/jobcenter-hafenstadt?lang=" + language);
		assertThat(page.locator("h1")).hasText("Jobcenter Hafenstadt");
		assertAccessible(page, "organisation admin " + language);
		page.navigate("/manage/jobcenter-hafenstadt/members");
		assertAccessible(page, "members " + language);
		page.locator("#name").fill("Ole Overlong");
		page.locator("#email").fill("not-an-email");
		page.locator("form[action$='/members/new'] button[type=submit]").click();
		assertThat(page.locator("#email-error")).isVisible();
		assertThat(page.locator("#name")).hasValue("Ole Overlong");
		assertAccessible(page, "members with errors " + language);
		page.navigate("/manage/jobcenter-hafenstadt/texts");
		assertAccessible(page, "legal texts " + language);
		screenshot(page, "manage-texts-" + language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void networkPageAndInterestFormAreAccessible(String language) {
		page.navigate("/o/buendnis-nordufer?lang=" + language);
		assertThat(page.locator("#members-heading")).isVisible();
		assertAccessible(page, "network page " + language);
		page.locator("#name").fill("Ida Interessiert");
		page.locator("#email").fill("ida-at-example");
		page.locator("#interest button[type=submit]").click();
		assertThat(page.locator("#email-error")).isVisible();
		assertThat(page.locator("#name")).hasValue("Ida Interessiert");
		assertAccessible(page, "network page with errors " + language);
		screenshot(page, "network-errors-" + language);
	}

	@Test
	void platformAdminPageIsAccessible() {
		signIn("plattform@werkstatt.example", DemoAccounts.PASSWORD);
		page.navigate("/admin?lang=en");
		assertAccessible(page, "platform admin");
		page.locator("form[action='/admin/organisations'] button[type=submit]").click();
		assertThat(page.locator("#organisationName-error")).isVisible();
		assertAccessible(page, "platform admin with errors");
	}

	@Test
	void networkAdminListIsAccessible() {
		signIn("buero@buendnis-nordufer.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/buendnis-nordufer/network");
		assertAccessible(page, "network admin");
	}

	@Test
	void skipLinkIsTheFirstStopAndJumpsToTheContent() {
		page.navigate("/");
		page.keyboard().press("Tab");
		assertThat(page.locator(".skip-link")).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.locator("#main")).isFocused();
	}

	@Test
	void loginWorksWithTheKeyboardAlone() {
		page.navigate("/login");
		page.locator("#email").focus();
		page.keyboard().type("admin@jobcenter-hafenstadt.example");
		page.keyboard().press("Tab");
		page.keyboard().type(DemoAccounts.PASSWORD);
		page.keyboard().press("Enter");
		page.waitForURL("**/my-work");
		assertThat(page.getByText("Alex Admin")).isVisible();
	}

	@Test
	void languageChoiceSticks() {
		page.navigate("/?lang=en");
		page.navigate("/o/buendnis-nordufer");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Members"))).isVisible();
	}

	@Test
	void startPageWorksOnAPhone() {
		Page phone = phone();
		phone.navigate("/");
		assertAccessible(phone, "start page on a phone");
		assertThat(phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
		screenshot(phone, "start-phone");
		phone.context().close();
	}
}
