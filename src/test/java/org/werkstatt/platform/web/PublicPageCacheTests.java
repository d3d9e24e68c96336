package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.werkstatt.FullStackTest;
import org.werkstatt.HttpSession;
import org.werkstatt.identity.demo.DemoAccounts;

/** Anonymous visitors of the start page may see it up to the time-to-live old; signed-in people never. */
class PublicPageCacheTests extends FullStackTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicPageCache cache;

	@BeforeEach
	void emptyCache() {
		cache.clear();
	}

	@AfterEach
	void restoreName() {
		rename("Werft & Logistik Nord GmbH");
	}

	@Test
	void anonymousVisitorsShareARecentRenderingSignedInPeopleSeeTheNewState() throws Exception {
		assertThat(new HttpSession(port).get("/").body()).contains("Werft &amp; Logistik Nord GmbH");
		rename("Werft und Logistik Nordufer GmbH");

		HttpResponse<String> cached = new HttpSession(port).get("/");
		assertThat(cached.body()).contains("Werft &amp; Logistik Nord GmbH");
		assertThat(cached.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(cached.headers().allValues("Set-Cookie")).isEmpty();

		HttpSession member = new HttpSession(port);
		assertThat(member.signIn("planung@jobcenter-hafenstadt.example", DemoAccounts.PASSWORD)).isTrue();
		assertThat(member.get("/").body()).contains("Werft und Logistik Nordufer GmbH");

		Thread.sleep(5_500);
		assertThat(new HttpSession(port).get("/").body()).contains("Werft und Logistik Nordufer GmbH");
	}

	@Test
	void eachLanguageIsCachedOnItsOwn() {
		HttpSession dane = new HttpSession(port);
		dane.get("/?lang=da");
		assertThat(dane.get("/").body()).contains("lang=\"da\"").contains("Det finder du her");
		assertThat(new HttpSession(port).get("/").body()).contains("lang=\"de\"").contains("Was Sie hier finden");
	}

	@Test
	void theCacheKeysOnTheResolvedLanguageIncludingTheBrowsersWish() {
		assertThat(new HttpSession(port).get("/").body()).contains("lang=\"de\"");
		String danish = withAcceptLanguage("/", "da-DK,da;q=0.9,en;q=0.8");
		assertThat(danish).contains("lang=\"da\"").contains("Det finder du her").doesNotContain("Was Sie hier finden");
		assertThat(withAcceptLanguage("/", "fr,en;q=0.5")).contains("lang=\"en\"");
		assertThat(withAcceptLanguage("/", "fr")).contains("lang=\"de\"").contains("Was Sie hier finden");
		assertThat(new HttpSession(port).get("/").body()).contains("lang=\"de\"");
	}

	@Test
	void anExplicitChoiceWinsOverTheBrowsersWish() {
		HttpSession visitor = new HttpSession(port);
		visitor.get("/?lang=en");
		String page = new String(visitor.getBytes("/", "Accept-Language", "da", "Accept", "text/html").body(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("lang=\"en\"");
	}

	private String withAcceptLanguage(String path, String acceptLanguage) {
		return new String(new HttpSession(port).getBytes(path, "Accept-Language", acceptLanguage, "Accept", "text/html")
			.body(), java.nio.charset.StandardCharsets.UTF_8);
	}

	private void rename(String name) {
		jdbc.sql("update organisation set name = ? where slug = 'werft-logistik'").param(name).update();
	}
}
