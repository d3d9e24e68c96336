package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.catalog.search.TestOffers;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A visitor searches the catalog, narrows it with facets while typing and ticking (htmx), shares the address, and
 * opens an offer; on a phone too, and without JavaScript. Every page passes axe-core in German, Danish and English.
 */
class CatalogSearchBrowserTests extends BrowserTest {

	private static final String MARK = "Seidenreiher";

	@Autowired
	JdbcClient jdbc;

	static UUID offer;

	@BeforeEach
	void offers() {
		if (offer != null) {
			return;
		}
		TestOffers offers = new TestOffers(jdbc);
		LocalDate today = LocalDate.now();
		offer = offers.insert(new TestOffers.Offer().title("Seidenreiher Bewerbungswerkstatt").keywords(MARK)
			.basis("DE_SGB2_16A").funding("ACTIVATION_VOUCHER").groups("YOUNG_PEOPLE", "~Schulabbrecher")
			.access("STEP_FREE", "PLAIN_LANGUAGE").contact("Kai Berater", "kai@bildungswerk-kai.example"));
		offers.run(offer, today.plusDays(3), today.plusDays(40), false, "Hafenstadt", 4, Instant.now(), true, false);
		offers.run(offer, today.plusMonths(2), today.plusMonths(3), false, "Nordufer", 6, Instant.now().minusSeconds(40L * 86400),
				true, false);
		UUID digital = offers.insert(new TestOffers.Offer().title("Seidenreiher Digitalkurs").keywords(MARK).format("DIGITAL")
			.basis("DE_SGB3_81_FBW").funding("EDUCATION_VOUCHER").groups("LONG_TERM_UNEMPLOYED"));
		offers.run(digital, null, null, true, null, null, null, true, false);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void aVisitorSearchesNarrowsAndOpensAnOffer(String language) {
		page.navigate("/offers?lang=" + language);
		assertAccessible(page, "offers " + language);

		page.locator("#offer-q").fill(MARK);
		assertThat(page.locator("#offer-results")).containsText("Seidenreiher Digitalkurs");
		assertThat(page).hasURL(Pattern.compile("q=" + MARK));
		assertThat(page.locator("#offer-facets input[name=format][value=DIGITAL]")).isVisible();
		assertAccessible(page, "offers found " + language);

		page.locator("#offer-facets input[name=format][value=IN_PERSON]").check();
		assertThat(page).hasURL(Pattern.compile("format=IN_PERSON"));
		assertThat(page.locator("#offer-results")).not().containsText("Seidenreiher Digitalkurs");
		assertThat(page.locator("#offer-results")).containsText("Seidenreiher Bewerbungswerkstatt");
		assertThat(page.locator("#offer-facets input[name=format][value=IN_PERSON]")).isChecked();
		assertAccessible(page, "offers filtered " + language);
		screenshot(page, "offers-" + language);

		page.locator("#offer-results a").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("Seidenreiher Bewerbungswerkstatt")).first().click();
		assertThat(page.locator("h1")).hasText("Seidenreiher Bewerbungswerkstatt");
		assertThat(page.locator(".offer-run")).hasCount(2);
		assertAccessible(page, "offer page " + language);
		screenshot(page, "offer-" + language);

		Page phone = phone();
		phone.navigate("/offers?q=" + MARK + "&access=PLAIN_LANGUAGE&lang=" + language);
		assertThat(phone.locator("#offer-results")).containsText("Seidenreiher Bewerbungswerkstatt");
		assertAccessible(phone, "offers on a phone " + language);
		screenshot(phone, "offers-phone-" + language);
		phone.navigate("/offers/" + offer + "?lang=" + language);
		assertAccessible(phone, "offer page on a phone " + language);
		screenshot(phone, "offer-phone-" + language);
		phone.context().close();
	}

	@Test
	void theSearchWorksWithoutJavaScript() {
		BrowserContext plain = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://127.0.0.1:" + port)
			.setJavaScriptEnabled(false));
		Page p = plain.newPage();
		p.navigate("/offers");
		p.locator("#offer-q").fill(MARK);
		p.locator(".offer-search__form button[type=submit]").click();
		assertThat(p).hasURL(Pattern.compile("q=" + MARK));
		p.locator("#offer-facets input[name=format][value=DIGITAL]").check();
		p.locator(".offer-search__form button[type=submit]").click();
		assertThat(p).hasURL(Pattern.compile("format=DIGITAL"));
		assertThat(p.locator("#offer-results")).containsText("Seidenreiher Digitalkurs");
		assertThat(p.locator("#offer-results")).not().containsText("Seidenreiher Bewerbungswerkstatt");
		plain.close();
	}
}
