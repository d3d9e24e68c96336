package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * The proposal flow on both sides, in German, Danish and English: the provider's coordinator follows the start
 * page's task to the open proposals, proposes a new planned end by keyboard; the jobcenter's caseworker tries to
 * reject without a reason (a field error), then approves. The agreement page and its edit form for the jobcenter's
 * admin. Every page passes axe-core.
 */
class ProposalBrowserTests extends BrowserTest {

	/** A participant per language, so that the runs do not meet. */
	static final Map<String, String> PARTICIPANT = Map.of("de", "Rahimi", "da", "Morgan", "en", "Aydın");

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theProviderProposesAndTheJobcenterDecides(String language) {
		UUID agreement = jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
		UUID participant = jdbc.sql("select id from coop_participant where last_name = ?").param(PARTICIPANT.get(language))
			.query(UUID.class).single();
		String proposals = "/work/coop/" + agreement + "/participants/" + participant + "/proposals";
		LocalDate newEnd = LocalDate.now().plusDays(60);

		signIn("traeger@bildungswerk-kai.example", DemoAccounts.PASSWORD);
		page.navigate("/my-work?lang=" + language);
		page.locator("a[href='/work/coop/" + agreement + "/proposals']").first().click();
		// "my work" has a heading too: the open proposals first
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/work/coop/" + agreement + "/proposals$"));
		assertThat(page.locator("h1")).isVisible();
		assertAccessible(page, "open proposals (provider) " + language);

		page.navigate(proposals + "?lang=" + language);
		assertAccessible(page, "proposals (provider) " + language);
		page.locator("#kind").focus();
		page.locator("#kind").selectOption("CHANGE_END");
		page.keyboard().press("Tab");
		page.locator("#reason").fill("<b>Arbeitsvertrag</b> ab dem nächsten Monat");
		page.locator("#newDate").fill(newEnd.toString());
		page.locator("#new-proposal button[type=submit]").focus();
		page.keyboard().press("Enter");
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertThat(page.locator("#proposals")).containsText("<b>Arbeitsvertrag</b>");
		assertThat(page.locator(".coop-proposal--open")).hasCount(1);
		assertAccessible(page, "proposal made " + language);
		screenshot(page, "proposal-provider-" + language);

		context.clearCookies();
		signIn("fallmanagement@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate(proposals + "?lang=" + language);
		assertAccessible(page, "proposals (jobcenter) " + language);
		page.locator(".coop-proposal--open input[value=REJECT]").check();
		page.locator(".coop-proposal--open form button[type=submit]").click();
		assertThat(page.locator(".coop-proposal--open .kern-error")).isVisible();
		assertAccessible(page, "rejection without a reason " + language);
		screenshot(page, "proposal-jobcenter-error-" + language);

		page.locator(".coop-proposal--open input[value=APPROVE]").check();
		page.locator(".coop-proposal--open textarea").fill("OK");
		page.locator(".coop-proposal--open form button[type=submit]").click();
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertThat(page.locator(".coop-proposal--open")).hasCount(0);
		assertAccessible(page, "proposal approved " + language);
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select planned_end_date from coop_participant where id = ?")
			.param(participant).query(LocalDate.class).single()).isEqualTo(newEnd);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theJobcenterAdminSeesTheLifecycleAndTheEditForm(String language) {
		UUID agreement = jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
		signIn("admin@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/jobcenter-hafenstadt/cooperation/agreements/" + agreement + "?lang=" + language);
		assertThat(page.locator("#lifecycle")).isVisible();
		assertThat(page.locator("#versions li")).not().hasCount(0);
		assertAccessible(page, "agreement with lifecycle " + language);
		page.locator("#lifecycle a").click();
		assertThat(page.locator("input[name=decisionRequired]")).not().hasCount(0);
		assertAccessible(page, "agreement edit form " + language);
		screenshot(page, "agreement-edit-" + language);
	}
}
