package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;
import org.werkstatt.identity.person.Invitations;

/**
 * A network's office admits a newcomer and the newcomer sets a password through the invitation link, in
 * German, Danish and English: every page passes axe-core and works with the keyboard.
 */
class NetworkBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Invitations invitations;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void officeAdmitsANewcomerOnAccessiblePages(String language) {
		String name = "Nils Neu " + UUID.randomUUID().toString().substring(0, 6);
		page.navigate("/o/buendnis-nordufer?lang=" + language);
		assertThat(page.locator("#upcoming-meetings-heading")).isVisible();
		assertAccessible(page, "network page with plans and meetings " + language);
		screenshot(page, "network-public-" + language);
		page.locator("#name").fill(name);
		page.locator("#organisationName").fill("Stadtteilverein " + language);
		page.locator("#email").fill("nils-" + UUID.randomUUID() + "@example.org");
		page.locator("input[name=consent][type=checkbox]").check();
		page.locator("#interest button[type=submit]").click();
		// the interest is stored once its thanks are shown; signing in earlier would break off the sending
		assertThat(page.locator(".kern-alert--success")).isVisible();

		signIn("buero@buendnis-nordufer.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/buendnis-nordufer/network?lang=" + language);
		assertAccessible(page, "network admin " + language);
		screenshot(page, "network-admin-" + language);
		page.locator("li.kern-card", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name))
			.locator("a[href$='/join']").click();
		assertThat(page.locator("#organisationName")).hasValue("Stadtteilverein " + language);
		assertAccessible(page, "join " + language);
		page.locator("#slug").fill("jobcenter-hafenstadt");
		page.locator("form[action$='/join'] button[type=submit]").click();
		assertThat(page.locator("#slug-error")).isVisible();
		assertThat(page.locator("#organisationName")).hasValue("Stadtteilverein " + language);
		assertAccessible(page, "join with errors " + language);
		screenshot(page, "network-join-errors-" + language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void invitationPageIsAccessible(String language) {
		String email = "einladung-" + UUID.randomUUID() + "@example.org";
		UUID person = jdbc.sql("insert into person (email, name, preferred_language) values (?, 'Ines Eingeladen', ?) returning id")
			.params(email, language).query(UUID.class).single();
		UUID organisation = jdbc.sql("select id from organisation where slug = 'buendnis-nordufer'").query(UUID.class).single();
		String token = invitations.issue(person, organisation, null).token();
		page.navigate("/invitations/" + token + "?lang=" + language);
		assertThat(page.locator("html")).hasAttribute("lang", language);
		assertAccessible(page, "invitation " + language);
		page.locator("#newPassword").fill("zu kurz");
		page.locator("#repeatPassword").fill("zu kurz");
		page.locator("#repeatPassword").press("Enter");
		assertThat(page.locator("#newPassword-error")).isVisible();
		assertAccessible(page, "invitation with errors " + language);
		screenshot(page, "invitation-errors-" + language);
		page.locator("#newPassword").fill("Ein-gutes-Passwort-2026");
		page.locator("#repeatPassword").fill("Ein-gutes-Passwort-2026");
		page.locator("#repeatPassword").press("Enter");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
		page.navigate("/invitations/" + token);
		assertThat(page.locator("h1")).isVisible();
		assertAccessible(page, "invitation used " + language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void sharedProgrammePagesAreAccessible(String language) {
		UUID programme = jdbc.sql("select id from plan where kind = 'QUALITY_PROGRAMME' order by created_at limit 1")
			.query(UUID.class).single();
		UUID measure = jdbc.sql("select id from measure where plan_id = ? and number = 'JC-1'").param(programme)
			.query(UUID.class).single();
		signIn("planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/plans?lang=" + language);
		assertThat(page.locator(".kern-badge").first()).isVisible();
		assertAccessible(page, "plans with the internal programme " + language);
		screenshot(page, "plans-internal-" + language);
		page.navigate("/manage/jobcenter-hafenstadt/measures/" + measure + "/results");
		assertThat(page.locator("#findings")).not().isEmpty();
		assertAccessible(page, "interim results " + language);
		page.locator("#file").setInputFiles(new com.microsoft.playwright.options.FilePayload("notes.pdf", "text/plain",
				"just text".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		page.locator("form[enctype] button[type=submit]").click();
		assertThat(page.locator("#file-error")).isVisible();
		assertAccessible(page, "interim results with a refused file " + language);
		screenshot(page, "interim-admin-error-" + language);
		page.navigate("/measures/" + measure);
		assertThat(page.locator("#interim-heading")).isVisible();
		assertAccessible(page, "measure with interim results " + language);
		screenshot(page, "measure-interim-" + language);

		page.navigate("/logout");
		context.clearCookies();
		signIn("buero@buendnis-nordufer.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/buendnis-nordufer/plans/" + programme + "/readers?lang=" + language);
		assertThat(page.locator("#invited-heading")).isVisible();
		assertAccessible(page, "invited organisations " + language);
		screenshot(page, "plan-readers-" + language);
	}
}
