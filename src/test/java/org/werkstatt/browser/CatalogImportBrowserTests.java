package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * Provider staff imports offers: a file with errors shows them in their rows and offers no confirmation, the
 * fixed file imports with a click. The import page and the previews pass axe-core in German, Danish and English.
 */
class CatalogImportBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void providerStaffFixesAFileAfterThePreviewAndImportsIt(String language) {
		String prefix = "B" + language + UUID.randomUUID().toString().substring(0, 6) + "-";
		String importPage = "/manage/bildungswerk-kai/offers/import";
		signIn("traeger@bildungswerk-kai.example", DemoAccounts.PASSWORD);
		page.navigate(importPage + "?lang=" + language);
		assertAccessible(page, "catalog import page " + language);
		screenshot(page, "catalog-import-" + language);

		page.locator("#file").setInputFiles(new FilePayload("angebote.csv", "text/csv", """
				offer_id;title;short_description;format;time_model;legal_bases
				%1$s1;Bewerbungstraining;Fit für die Bewerbung;IN_PERSON;PART_TIME;DE_SGB3_81_FBW
				%1$s2;Digitalkurs;Online lernen;TELEPATHIE;PART_TIME;SGB99
				""".formatted(prefix).getBytes(StandardCharsets.UTF_8)));
		page.locator("#import-form button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/offers/import/[0-9a-f-]{36}$"));
		assertThat(page.locator("#preview-problems")).isVisible();
		assertThat(page.locator("#offers-line-3 .kern-error")).hasCount(2);
		assertThat(page.locator("#offers-line-2 .kern-error")).hasCount(0);
		assertThat(page.locator("#confirm-form")).hasCount(0);
		assertAccessible(page, "catalog preview with errors " + language);
		screenshot(page, "catalog-import-preview-error-" + language);

		page.navigate(importPage);
		page.locator("#file").setInputFiles(new FilePayload("angebote.csv", "text/csv", """
				offer_id;title;short_description;format;time_model;legal_bases
				%1$s1;Bewerbungstraining;Fit für die Bewerbung;IN_PERSON;PART_TIME;DE_SGB3_81_FBW
				%1$s2;Digitalkurs;Online lernen;DIGITAL;PART_TIME;
				""".formatted(prefix).getBytes(StandardCharsets.UTF_8)));
		page.locator("#import-form button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/offers/import/[0-9a-f-]{36}$"));
		assertThat(page.locator("#preview-ready")).isVisible();
		assertAccessible(page, "catalog preview ready " + language);
		page.locator("#confirm-import").click();
		page.waitForURL(Pattern.compile(".*/offers/import$"));
		assertThat(page.locator("#import-done")).isVisible();
		assertAccessible(page, "catalog imported " + language);
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select count(*) from offer where external_id like ?").param(prefix + "%").query(Integer.class).single())
			.isEqualTo(2);
	}
}
