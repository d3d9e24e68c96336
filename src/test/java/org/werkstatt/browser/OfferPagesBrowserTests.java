package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.params.provider.ValueSource;
import org.werkstatt.identity.demo.DemoAccounts;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;

/**
 * A provider goes through its offers: the list with the places to confirm, an offer's runs, the run form with an
 * error and a new run; every page passes axe-core in German, Danish and English, and on a phone.
 */
class OfferPagesBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void aProviderKeepsItsRunsUpToDate(String language) {
		// two runs whose places need confirming, whatever other tests confirmed before
		jdbc.sql("""
				update offer_run set places_confirmed_at = now() - interval '30 days'
				 where id in (select r.id from offer_run r join offer o on o.id = r.offer_id
				               join organisation g on g.id = o.organisation_id and g.slug = 'bildungswerk-kai'
				               where r.places_available is not null and r.cancelled_at is null
				                 and (r.end_date is null or r.end_date >= current_date)
				                 and (r.start_date is null or r.start_date > current_date or r.rolling_entry)
				               order by r.id limit 2)""").update();
		signIn("traeger@bildungswerk-kai.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/bildungswerk-kai/offers?lang=" + language);
		assertThat(page.locator("#confirm table")).isVisible();
		assertAccessible(page, "offers " + language);
		screenshot(page, "catalog-offers-" + language);

		int toConfirm = page.locator("#confirm tbody tr").count();
		page.locator("#confirm tbody tr").first().locator("button[type=submit]").click();
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertThat(page.locator("#confirm tbody tr")).hasCount(toConfirm - 1);

		page.locator("#offers a").filter(new Locator.FilterOptions().setHasText("Umschulung Fachkraft für Lagerlogistik")).click();
		assertThat(page.locator("#runs table")).isVisible();
		assertAccessible(page, "offer overview " + language);
		screenshot(page, "catalog-offer-" + language);

		page.locator("#runs a.kern-btn").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/runs/new$"));
		assertThat(page.locator("#startDate")).isVisible();
		assertAccessible(page, "new run " + language);
		LocalDate start = LocalDate.now().plusMonths(4);
		page.locator("#startDate").fill(start.toString());
		page.locator("#endDate").fill(start.minusDays(2).toString());
		page.locator("#city").fill("Hafenstadt");
		page.locator("#maxParticipants").fill("16");
		page.locator("#placesAvailable").fill("20");
		page.locator("form[method=post] button.kern-btn--primary").click();
		assertThat(page.locator("#endDate-error")).isVisible();
		assertThat(page.locator("#placesAvailable-error")).isVisible();
		assertThat(page.locator("#city")).hasValue("Hafenstadt");
		assertAccessible(page, "run form with errors " + language);
		screenshot(page, "catalog-run-errors-" + language);

		page.locator("#endDate").fill(start.plusMonths(6).toString());
		page.locator("#placesAvailable").fill("16");
		page.locator("form[method=post] button.kern-btn--primary").click();
		assertThat(page.locator(".kern-alert--success")).isVisible();
		assertThat(page.locator("#runs")).containsText(String.valueOf(start.getYear()));

		Page phone = phone();
		phone.context().addCookies(page.context().cookies());
		phone.navigate("/manage/bildungswerk-kai/offers?lang=" + language);
		assertAccessible(phone, "offers on a phone " + language);
		screenshot(phone, "catalog-offers-phone-" + language);
		phone.locator("#offers").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Staplerschein und Grundlagen Lager").setExact(true)).click();
		assertThat(phone).hasURL(java.util.regex.Pattern.compile("/manage/bildungswerk-kai/offers/[0-9a-f-]{36}$"));
		assertThat(phone.locator("#runs")).isVisible();
		assertAccessible(phone, "offer overview on a phone " + language);
		screenshot(phone, "catalog-offer-phone-" + language);
		phone.context().close();
	}
}
