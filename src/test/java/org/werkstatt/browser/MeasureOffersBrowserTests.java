package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.identity.demo.DemoAccounts;

import com.microsoft.playwright.Locator;

/**
 * A planner searches the catalog in a measure's editor, links an offer without JavaScript's help, and the
 * public sees it on the measure page and finds the measure with the plan's filter "with offers". Every page
 * passes axe-core, in German, Danish and English.
 */
class MeasureOffersBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void aPlannerLinksAnOfferAndThePublicSeesIt(String language) {
		String word = "Lagerlogistik" + UUID.randomUUID().toString().substring(0, 6);
		String title = word + " mit Staplerschein";
		UUID offer = publishedOffer(title);
		UUID measure = measureOfTheProgramme(language);

		signIn("planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/manage/jobcenter-hafenstadt/measures/" + measure + "?lang=" + language);
		assertThat(page.locator("#offers-heading")).isVisible();
		page.locator("#offerQuery").fill(word);
		page.locator("#offers form[role=search] button[type=submit]").click();
		Locator result = page.locator(".offer-results li").filter(new Locator.FilterOptions().setHasText(title));
		assertThat(result).hasCount(1);
		assertAccessible(page, "measure editor with offer results " + language);
		screenshot(page, "measure-offer-results-" + language);

		result.locator("button[type=submit]").click();
		assertThat(page.locator(".offer-links")).containsText(title);
		assertThat(page.locator("#versions")).containsText(title);
		assertThat(page.locator("#offerQuery")).hasValue(word);
		assertAccessible(page, "measure editor with a linked offer " + language);
		screenshot(page, "measure-offer-linked-" + language);

		// the field takes 200 characters; a longer query (typed into the address) is a field error
		page.navigate("/manage/jobcenter-hafenstadt/measures/" + measure + "?lang=" + language + "&offerQuery="
				+ "x".repeat(201));
		assertThat(page.locator("#offerQuery-error")).isVisible();
		assertAccessible(page, "measure editor with a search error " + language);

		page.navigate("/measures/" + measure + "?lang=" + language + "&fresh=" + UUID.randomUUID());
		assertThat(page.locator("#offers a[href='/offers/" + offer + "']")).hasText(title);
		assertThat(page.locator(".timeline")).containsText(title);
		assertAccessible(page, "measure page with offers " + language);
		screenshot(page, "measure-with-offers-" + language);

		page.locator("#offers a[href='/offers/" + offer + "']").click();
		assertThat(page.locator("#plan-measures a[href='/measures/" + measure + "']")).hasCount(1);
		assertAccessible(page, "offer page with its measures " + language);
		screenshot(page, "offer-with-measures-" + language);
		page.goBack();
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/measures/" + measure + "\\?"));

		String plan = page.locator(".breadcrumb a").last().getAttribute("href");
		page.navigate(plan + "?lang=" + language + "&fresh=" + UUID.randomUUID());
		page.locator("#filter-offers").check();
		page.locator(".plan-filter button[type=submit]").press("Enter");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("offers=1"));
		assertThat(page.locator(".measure-table a[href='/measures/" + measure + "']")).hasCount(1);
		assertThat(page.locator("#filter-offers")).isChecked();
		assertAccessible(page, "plan page with offers only " + language);
		screenshot(page, "plan-with-offers-" + language);

		String planId = plan.substring(plan.lastIndexOf('/') + 1);
		page.navigate("/manage/jobcenter-hafenstadt/plans/" + planId + "?lang=" + language);
		page.locator("#filter-offers").check();
		page.locator("#measures form button[type=submit]").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile("offers=1"));
		assertThat(page.locator("#measures a[href='/manage/jobcenter-hafenstadt/measures/" + measure + "']")).hasCount(1);
		assertAccessible(page, "staff plan page with offers only " + language);
		screenshot(page, "manage-plan-with-offers-" + language);
	}

	/** A measure of the demo programme, one per language so the runs do not meet. */
	private UUID measureOfTheProgramme(String language) {
		String number = switch (language) {
			case "de" -> "3.24";
			case "da" -> "3.25";
			default -> "3.26";
		};
		return jdbc.sql("""
				select m.id from measure m join plan p on p.id = m.plan_id
				 where p.kind = 'LABOUR_MARKET_PROGRAMME' and m.number = ? order by p.created_at limit 1""")
			.param(number)
			.query(UUID.class)
			.single();
	}

	private UUID publishedOffer(String title) {
		return jdbc.sql("""
				insert into offer (organisation_id, owner_id, state, published_version, published_at, title,
				    short_description, format, time_model, search)
				select p.id, j.id, 'PUBLISHED', 1, now(), ?, 'Sechs Wochen Praxis im Hafenlager mit Prüfung.', 'IN_PERSON',
				       'FULL_TIME', to_tsvector('simple', ?)
				  from organisation p, organisation j where p.slug = 'bildungswerk-kai' and j.slug = 'jobcenter-hafenstadt'
				returning id""")
			.params(title, title)
			.query(UUID.class)
			.single();
	}
}
