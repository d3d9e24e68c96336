package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;
import org.werkstatt.platform.web.SiteTime;

/**
 * The provider's coordinator records a day of attendance by keyboard only: from the participant's page to the month
 * grid, Tab from day to day, a code chosen by typing its first letter in the closed select, saved with Enter on the
 * button; the grid (also on a phone) and the month overview pass axe-core in German, Danish and English.
 */
class AttendanceBrowserTests extends BrowserTest {

	/** The letter that picks "sick" in the select from "not recorded", per language. */
	static final Map<String, String> SICK_LETTER = Map.of("de", "k", "da", "s", "en", "s");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SiteTime siteTime;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void theCoordinatorRecordsADayByKeyboard(String language) {
		UUID agreement = jdbc.sql("select id from agreement where title like 'MY TURN%'").query(UUID.class).single();
		UUID participant = jdbc.sql("select id from coop_participant where last_name = 'Rahimi'").query(UUID.class).single();
		LocalDate today = LocalDate.now(siteTime.zone());
		LocalDate first = YearMonth.from(today).atDay(1);
		jdbc.sql("delete from coop_attendance_day where participant_id = ? and day = ?").params(participant, first).update();
		signIn("traeger@bildungswerk-kai.example", DemoAccounts.PASSWORD);

		page.navigate("/work/coop/" + agreement + "/participants/" + participant + "?lang=" + language);
		page.locator("a[href='/work/coop/" + agreement + "/participants/" + participant + "/attendance']").focus();
		page.keyboard().press("Enter");
		page.waitForLoadState();
		assertThat(page.locator("table.attendance-grid")).isVisible();
		assertAccessible(page, "attendance grid " + language);

		page.locator("#day-1").focus();
		page.keyboard().type(SICK_LETTER.get(language));
		assertThat(page.locator("#day-1")).hasValue("SICK");
		page.keyboard().press("Tab");
		String next = today.getDayOfMonth() > 1 ? "day-2" : null;
		if (next != null) {
			assertThat(page.locator("#" + next)).isFocused();
		}
		page.locator("#attendance-grid button[type=submit]").focus();
		page.keyboard().press("Enter");
		page.waitForLoadState();
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertThat(page.locator("#day-1")).hasValue("SICK");
		assertThat(jdbc.sql("select code from coop_attendance_day where participant_id = ? and day = ?")
			.params(participant, first).query(String.class).single()).isEqualTo("SICK");
		assertAccessible(page, "attendance grid after saving " + language);
		screenshot(page, "attendance-grid-" + language);

		page.navigate("/work/coop/" + agreement + "/participants/" + participant + "/attendance?month="
				+ YearMonth.from(today).minusMonths(1) + "&lang=" + language);
		assertThat(page.locator("#day-1")).hasCount(0);
		assertAccessible(page, "submitted month " + language);

		page.navigate("/work/coop/" + agreement + "/attendance?lang=" + language);
		assertThat(page.locator("table.attendance-overview")).containsText("Rahimi");
		assertAccessible(page, "attendance overview " + language);

		var phone = phone();
		phone.context().addCookies(context.cookies());
		phone.navigate("/work/coop/" + agreement + "/participants/" + participant + "/attendance?lang=" + language);
		assertThat(phone.locator("table.attendance-grid")).isVisible();
		assertAccessible(phone, "attendance grid on a phone " + language);
		screenshot(phone, "attendance-grid-phone-" + language);
		phone.context().close();
	}
}
