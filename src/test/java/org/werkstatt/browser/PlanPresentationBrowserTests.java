package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.werkstatt.identity.demo.DemoAccounts;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/**
 * A plan on the big screen: from the citizen dialogue's page to the plan's presentation, stepped through
 * with the keys a clicker sends; the plan page on a phone with every column of its measures; and the
 * planner's choice of meetings. Every page passes axe-core in German, Danish and English.
 */
class PlanPresentationBrowserTests extends BrowserTest {

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theMeetingPresentsThePlanSlideBySlideWithTheKeyboard(String language) {
		page.setViewportSize(1280, 720);
		page.navigate("/events?lang=" + language);
		page.getByText("Bürgerdialog Nordufer: Arbeit im Stadtteil").first().click();
		Locator section = page.locator(".page-section");
		assertThat(section).containsText("Arbeitsmarkt- und Integrationsprogramm");
		assertAccessible(page, "event page with its plan " + language);
		section.locator("a[href$='/present']").click();

		assertThat(page.locator(".plan-deck__stages li")).hasCount(5);
		assertThat(page.locator("html")).hasAttribute("lang", language);
		assertAccessible(page, "plan presentation summary " + language);
		screenshot(page, "plan-present-summary-" + language);

		press("ArrowRight", "slide=2$");
		assertThat(page.locator(".plan-deck__measures tbody tr")).hasCount(7);
		assertThat(page.locator(".plan-deck__measures tbody tr").first()).containsText("1.1");
		assertAccessible(page, "plan presentation slide " + language);
		screenshot(page, "plan-present-slide-" + language);
		press("PageDown", "slide=3$");
		press("PageUp", "slide=2$");
		String last = page.locator("nav[data-last]").getAttribute("data-last");
		int count = Integer.parseInt(last.substring(last.lastIndexOf('=') + 1));
		press("End", "slide=" + count + "$");
		assertThat(page.locator("a[rel=next]")).hasCount(0);
		press("ArrowLeft", "slide=" + (count - 1) + "$");
		assertThat(page.locator("a[rel=next]")).hasCount(1);
		press("Home", "slide=1$");
		assertThat(page.locator("a[rel=prev]")).hasCount(0);
		page.locator("a[rel=next]").click();
		assertThat(page).hasURL(Pattern.compile("slide=2$"));
	}

	/** A key as a clicker sends it; the next slide's script is running before the next key. */
	private void press(String key, String slide) {
		page.keyboard().press(key);
		assertThat(page).hasURL(Pattern.compile(slide));
		page.waitForLoadState();
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void aPhoneShowsEveryColumnOfThePlansMeasures(String language) {
		Page phone = phone();
		try {
			phone.navigate("/plans?lang=" + language);
			phone.locator(".event-list a").filter(new Locator.FilterOptions().setHasText("Arbeitsmarkt- und Integrationsprogramm")).click();
			Locator headers = phone.locator(".measure-table thead th");
			assertThat(headers).hasCount(6);
			// the headings stand before the table's rows: the whole page is there before the rows are counted and read
			phone.waitForLoadState();
			List<String> columns = headers.allTextContents().stream().map(String::strip).toList();
			assertThat(columns).hasSize(6);
			Locator rows = phone.locator(".measure-table tbody tr");
			// more than ten rows: the eleventh is there
			assertThat(rows.nth(10)).isAttached();
			for (int r = 0; r < 3; r++) {
				Locator cells = rows.nth(r).locator("td");
				assertThat(cells).hasCount(columns.size());
				for (int c = 0; c < columns.size(); c++) {
					Locator cell = cells.nth(c);
					cell.scrollIntoViewIfNeeded();
					assertThat(cell).isVisible();
					BoundingBox box = cell.boundingBox();
					assertThat(box.x).as("column %s starts on the screen", columns.get(c)).isGreaterThanOrEqualTo(0);
					assertThat(box.x + box.width).as("column %s ends on the screen", columns.get(c)).isLessThanOrEqualTo(390.5);
					assertThat(cell.innerText().strip()).as("column %s has its value", columns.get(c)).isNotEmpty();
					if (c != 1) {
						String label = (String) cell.evaluate("td => getComputedStyle(td, '::before').content");
						assertThat(label).as("column %s is labelled", columns.get(c)).isEqualTo("\"" + columns.get(c) + "\"");
					}
				}
			}
			assertThat((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
				.as("nothing sticks out sideways").isTrue();
			assertAccessible(phone, "plan page on a phone " + language);
			phone.locator("#measures").screenshot(new Locator.ScreenshotOptions()
				.setPath(SCREENSHOTS.resolve("plan-phone-measures-" + language + ".png")));
		}
		finally {
			phone.context().close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void aPlannerChoosesTheMeetingsAPlanIsPresentedAt(String language) {
		signIn("planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/jobcenter-hafenstadt/plans?lang=" + language);
		page.locator("a").filter(new Locator.FilterOptions().setHasText("Arbeitsmarkt- und Integrationsprogramm")).first().click();
		page.locator("a[href$='/meetings']").click();
		Locator dialogue = page.getByLabel(Pattern.compile("Bürgerdialog Nordufer"));
		assertThat(dialogue).isChecked();
		assertAccessible(page, "plan meetings editor " + language);
		screenshot(page, "plan-meetings-" + language);
		page.locator("form[action$='/meetings'] button[type=submit]").click();
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertThat(page.getByLabel(Pattern.compile("Bürgerdialog Nordufer"))).isChecked();
	}
}
