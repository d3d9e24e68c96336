package org.werkstatt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.APIResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.werkstatt.identity.demo.DemoAccounts;

/**
 * Every demo role signs in, lands on "my work", and follows every link of the navigation and of that
 * page, and every link on the pages those lead to: none answers "forbidden" or "not found".
 */
class WorkspaceBrowserTests extends BrowserTest {

	/** Links that are no page to follow: a live stream never ends, a language link only switches. */
	private static final List<String> SKIPPED = List.of("/stream", "lang=", "/logout");
	private static final int MAX_CHECKED = 600;

	@ParameterizedTest
	@ValueSource(strings = { "plattform@werkstatt.example", "admin@jobcenter-hafenstadt.example",
			"planung@jobcenter-hafenstadt.example", "moderation@jobcenter-hafenstadt.example",
			"fallmanagement@jobcenter-hafenstadt.example", "bca@jobcenter-hafenstadt.example",
			"datenschutz@jobcenter-hafenstadt.example", "traeger@bildungswerk-kai.example",
			"buero@buendnis-nordufer.example" })
	void everyLinkARoleSeesOpens(String email) {
		signIn(email, DemoAccounts.PASSWORD);
		assertThat(page.url()).as("after login").endsWith("/my-work");
		assertThat(page.locator("h1")).hasText("Meine Arbeit");
		String start = page.url();

		Set<String> firstLinks = new LinkedHashSet<>(links("header nav a[href], main a[href]"));
		Map<String, Integer> status = new LinkedHashMap<>();
		Set<String> secondLinks = new LinkedHashSet<>();
		for (String link : firstLinks) {
			if (skipped(link) || status.containsKey(link)) {
				continue;
			}
			var response = page.navigate(link);
			status.put(link, response.status());
			if (response.status() == 200 && response.headerValue("content-type") != null
					&& response.headerValue("content-type").startsWith("text/html")) {
				secondLinks.addAll(links("header nav a[href], main a[href]"));
			}
		}
		for (String link : secondLinks) {
			if (skipped(link) || status.containsKey(link) || status.size() >= MAX_CHECKED) {
				continue;
			}
			APIResponse response = context.request().get(link);
			status.put(link, response.status());
			response.dispose();
		}
		List<String> broken = new ArrayList<>();
		status.forEach((link, code) -> {
			if (code == 403 || code == 404 || code >= 500) {
				broken.add(code + " " + link);
			}
		});
		assertThat(status).as("links followed from " + start).hasSizeGreaterThan(5);
		assertThat(broken).as(email + " followed " + status.size() + " links; these did not open").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "da", "en" })
	void myWorkIsAccessible(String language) {
		signIn("admin@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/my-work?lang=" + language);
		assertAccessible(page, "my work (admin) " + language);
		screenshot(page, "my-work-admin-" + language);
		signIn("fallmanagement@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD);
		page.navigate("/my-work?lang=" + language);
		assertAccessible(page, "my work (caseworker) " + language);
		page.setViewportSize(390, 844);
		screenshot(page, "my-work-caseworker-phone-" + language);
	}

	/** Same-site links of the current page, as absolute paths with their query, without fragments. */
	private List<String> links(String selector) {
		@SuppressWarnings("unchecked")
		List<String> hrefs = (List<String>) page.evalOnSelectorAll(selector, "els => els.map(e => e.href)");
		String origin = URI.create(page.url()).resolve("/").toString();
		List<String> same = new ArrayList<>();
		for (String href : hrefs) {
			if (!href.startsWith(origin)) {
				continue;
			}
			String path = "/" + href.substring(origin.length());
			int hash = path.indexOf('#');
			same.add(hash < 0 ? path : path.substring(0, hash));
		}
		return same;
	}

	private static boolean skipped(String link) {
		return link.isEmpty() || SKIPPED.stream().anyMatch(link::contains);
	}
}
