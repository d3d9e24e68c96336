package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.cooperation.audit.AccessEntry;
import org.werkstatt.cooperation.audit.AccessKind;
import org.werkstatt.cooperation.audit.AccessLog;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * The data-protection officer searches the access log by keyboard, sees a field error for a bad id, verifies the
 * chain; every page passes axe-core in German, Danish and English, on a phone too, without JavaScript.
 */
class AccessLogBrowserTests extends BrowserTest {

	private static final String BASE = "/work/jobcenter-hafenstadt/access-log";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccessLog accessLog;

	static UUID participant;

	@BeforeEach
	void entries() {
		if (participant != null) {
			return;
		}
		UUID jobcenter = id("select id from organisation where slug = 'jobcenter-hafenstadt'");
		UUID provider = id("select id from organisation where slug = 'bildungswerk-kai'");
		UUID admin = id("select id from person where email = 'admin@jobcenter-hafenstadt.example'");
		UUID agreement = jdbc.sql("""
				insert into agreement (jobcenter_id, provider_id, title, valid_from, valid_until, status, created_by)
				 values (?, ?, 'Browser', date '2026-01-01', date '2099-12-31', 'ACTIVE', ?) returning id""")
			.params(jobcenter, provider, admin).query(UUID.class).single();
		participant = jdbc.sql("""
				insert into coop_participant (agreement_id, first_name, last_name, date_of_birth, assigned_by)
				 values (?, 'Browser', 'Test', date '1988-02-03', ?) returning id""")
			.params(agreement, admin).query(UUID.class).single();
		UUID staff = id("select id from person where email = 'traeger@bildungswerk-kai.example'");
		accessLog.record(AccessEntry.granted(staff, provider, "PROVIDER_STAFF", AccessKind.LIST,
				List.of(participant, UUID.randomUUID()), "/work/coop/{agreementId}/participants", "care"));
		accessLog.record(AccessEntry.refused(staff, provider, "PROVIDER_STAFF", AccessKind.READ, List.of(participant),
				"/work/coop/{agreementId}/participants/{id}", "care", "NOT_ASSIGNED"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theOfficerSearchesByKeyboardAndVerifiesTheChain(String language) {
		signIn("datenschutz@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate(BASE + "?lang=" + language);
		assertAccessible(page, "access log " + language);

		page.locator("#participant").focus();
		page.keyboard().type(participant.toString());
		page.keyboard().press("Enter");
		page.waitForLoadState();
		// the provider's two entries, and the officer's own looks at the log (each one logged)
		assertThat(page.locator("#access-log-entries")).containsText("NOT_ASSIGNED");
		assertThat(page.locator("#access-log-entries")).containsText("dpo-search");
		assertThat(page.locator("#participant-files a")).hasCount(3);
		assertAccessible(page, "access log search " + language);
		screenshot(page, "access-log-" + language);

		page.navigate(BASE + "?participant=nicht-eine-id&lang=" + language);
		assertThat(page.locator("#participant-error")).isVisible();
		assertThat(page.locator("#participant")).hasValue("nicht-eine-id");
		assertAccessible(page, "access log error " + language);

		page.navigate(BASE + "/chain?lang=" + language);
		assertAccessible(page, "access log chain " + language);
		page.locator("#chain-verify button[type=submit]").focus();
		page.keyboard().press("Enter");
		// an earlier run's check already shows "whole": wait for this check's answer (redirected without ?lang)
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/access-log/chain$"));
		page.waitForLoadState();
		assertThat(page.locator("#chain-status .kern-alert--success")).isVisible();
		assertAccessible(page, "access log chain verified " + language);
		screenshot(page, "access-log-chain-" + language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de" })
	void onAPhone(String language) {
		signIn("datenschutz@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		var phone = phone();
		phone.context().addCookies(context.cookies());
		phone.navigate(BASE + "?participant=" + participant + "&lang=" + language);
		assertThat(phone.locator("#access-log-entries")).isVisible();
		Object overflow = phone.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
		assertThat(overflow).isEqualTo(false);
		assertAccessible(phone, "access log phone");
		screenshot(phone, "access-log-phone");
		phone.context().close();
	}

	@org.junit.jupiter.api.Test
	void theSearchWorksWithoutJavaScript() {
		com.microsoft.playwright.BrowserContext plain = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setBaseURL("http://127.0.0.1:" + port).setJavaScriptEnabled(false));
		com.microsoft.playwright.Page p = plain.newPage();
		p.navigate("/login");
		p.locator("#email").fill("datenschutz@jobcenter-hafenstadt.example");
		p.locator("#password").fill(DemoAccounts.PASSWORD);
		p.locator("form[action='/login'] button[type=submit]").click();
		// signed in once the login page is left; navigating at once could break off the login's answer
		p.waitForURL(url -> !"/login".equals(java.net.URI.create(url).getPath()));
		p.waitForLoadState();
		p.navigate(BASE + "?lang=en");
		p.locator("#participant").fill(participant.toString());
		p.locator(".access-log-search button[type=submit]").click();
		p.waitForLoadState();
		assertThat(p.locator("#access-log-entries")).containsText("NOT_ASSIGNED");
		plain.close();
	}

	private UUID id(String sql) {
		return jdbc.sql(sql).query(UUID.class).single();
	}
}
