package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;
import org.werkstatt.planning.plan.PlanForm;
import org.werkstatt.planning.plan.PlanKind;
import org.werkstatt.planning.plan.PlanState;
import org.werkstatt.planning.plan.PlanStore;
import org.werkstatt.planning.plan.PlanVisibility;

/**
 * A planner imports measures: a file over the limit is refused before it is sent, a file with an error shows
 * its preview with the error in its row, the fixed file imports with a click. The import pages, the planner's
 * files page and the widget pass axe-core, in German, Danish and English.
 */
class ImportBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanStore plans;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void aPlannerFixesAFileAfterThePreviewAndImportsIt(String language) {
		UUID organisation = jdbc.sql("select id from organisation where slug = 'jobcenter-hafenstadt'").query(UUID.class).single();
		UUID plan = plans.create(organisation, new PlanForm(PlanKind.ACTION_PLAN, "Aktionsplan " + language, null,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), PlanState.IN_PROGRESS, null, null, PlanVisibility.PUBLIC, false));
		plans.addField(plan, "Junge Menschen", null, null);
		String importPage = "/manage/jobcenter-hafenstadt/plans/" + plan + "/import";

		signIn("planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate(importPage + "?lang=" + language);
		assertAccessible(page, "import page " + language);
		// the "file too large" message waits hidden until a file is too large
		assertThat(page.locator("#file-size-error")).isHidden();
		assertThat(page.locator("#import-progress")).isHidden();

		page.locator("#file").setInputFiles(new FilePayload("gross.csv", "text/csv", new byte[6 * 1024 * 1024]));
		page.locator("#import-form button[type=submit]").click();
		assertThat(page.locator("#file-size-error")).isVisible();
		// the script refused the file before sending it: still the page as opened, not the server's ?tooLarge answer
		assertThat(page).hasURL(Pattern.compile(".*/import\\?lang=" + language + "$"));
		assertAccessible(page, "file too large " + language);

		page.locator("#file").setInputFiles(new FilePayload("massnahmen.csv", "text/csv", """
				Nummer;Titel;Handlungsfeld;Status;Fortschritt;Ende
				1;Kita nachmittags;Junge Menschen;Geplant;10;31.12.2026
				2;Jobcafé;Junge Menschen;In Umsetzung;150;2026-12-31
				""".getBytes(StandardCharsets.UTF_8)));
		page.locator("#import-form button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/import/[0-9a-f-]{36}$"));
		assertThat(page.locator("#preview-problems")).isVisible();
		assertThat(page.locator("#line-3 .kern-error")).hasCount(1);
		assertThat(page.locator("#line-2 .kern-error")).hasCount(0);
		assertThat(page.locator("#confirm-form")).hasCount(0);
		assertAccessible(page, "preview with an error " + language);
		screenshot(page, "import-preview-error-" + language);

		page.navigate(importPage);
		page.locator("#file").setInputFiles(new FilePayload("massnahmen.csv", "text/csv", """
				Nummer;Titel;Handlungsfeld;Status;Fortschritt;Ende
				1;Kita nachmittags;Junge Menschen;Geplant;10;31.12.2026
				2;Jobcafé;Junge Menschen;In Umsetzung;50;2026-12-31
				""".getBytes(StandardCharsets.UTF_8)));
		page.locator("#import-form button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/import/[0-9a-f-]{36}$"));
		assertThat(page.locator("#preview-ready")).isVisible();
		assertAccessible(page, "preview ready " + language);
		page.locator("#confirm-import").click();
		page.waitForURL(Pattern.compile(".*/import$"));
		assertThat(page.locator("#import-done")).isVisible();
		assertAccessible(page, "imported " + language);
		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select count(*) from measure where plan_id = ?").param(plan).query(Integer.class).single())
			.isEqualTo(2);

		page.navigate("/manage/jobcenter-hafenstadt/plans/" + plan + "/files");
		assertAccessible(page, "files page " + language);
		screenshot(page, "plan-files-" + language);
		page.navigate("/plans/" + plan + "/widget");
		assertThat(page.locator("#widget-summary")).containsText("2");
		assertAccessible(page, "widget " + language);
		screenshot(page, "plan-widget-" + language);
	}
}
