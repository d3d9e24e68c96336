package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * The editors of texts with a version per language (a plan's statuses, the legal texts) and the public
 * pages that show them, in German, Danish and English; axe-core finds nothing.
 */
class TranslationsBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void statusNamesAreEditedPerLanguageAndReadInTheReadersOne(String language) {
		UUID plan = jdbc.sql("select id from plan where kind = 'LABOUR_MARKET_PROGRAMME' order by created_at limit 1")
			.query(UUID.class).single();
		page.navigate("/plans/" + plan + "?lang=" + language);
		assertThat(page.locator(".plan-summary__table")).containsText(switch (language) {
			case "da" -> "Sat på pause";
			case "en" -> "Paused";
			default -> "Pausiert";
		});
		screenshot(page, "plan-statuses-" + language);

		signIn("planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/jobcenter-hafenstadt/plans/" + plan + "?lang=" + language);
		assertThat(page.locator("#statusLabelDe")).isVisible();
		assertThat(page.locator("#statusLabelDa")).isVisible();
		assertThat(page.locator("#statusLabelEn")).isVisible();
		page.locator("#statusLabelDa").fill("Kun på dansk");
		page.locator("form[action$='/statuses'] button[type=submit]").click();
		assertThat(page.locator("#statusLabelDe-error")).isVisible();
		assertThat(page.locator("#statusLabelDa")).hasValue("Kun på dansk");
		assertAccessible(page, "plan editor statuses " + language);
		page.locator("#statuses").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(SCREENSHOTS.resolve("plan-editor-statuses-" + language + ".png")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void legalTextsEditorSaysWhichVersionsAreMissing(String language) {
		signIn("admin@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/jobcenter-hafenstadt/texts?lang=" + language);
		assertThat(page.locator(".translation-missing").first()).isVisible();
		assertAccessible(page, "legal texts per language " + language);
		screenshot(page, "manage-texts-per-language-" + language);
		page.navigate("/accessibility?lang=" + language);
		assertAccessible(page, "accessibility statement " + language);
	}
}
