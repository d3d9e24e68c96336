package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/** Which language a request gets: explicit choice, then the browser's wish, then the site default. */
class LanguageResolutionTests {

	@Test
	void acceptLanguageRespectsQValues() {
		assertThat(Language.preferredBy("da-DK,da;q=0.9,en;q=0.8")).contains(Language.DA);
		assertThat(Language.preferredBy("fr,en;q=0.5")).contains(Language.EN);
		assertThat(Language.preferredBy("en;q=0.3,da;q=0.7,de;q=0.5")).contains(Language.DA);
		assertThat(Language.preferredBy("en-GB")).contains(Language.EN);
		assertThat(Language.preferredBy("da;q=0,en;q=0.1")).contains(Language.EN);
		assertThat(Language.preferredBy("fr")).isEmpty();
		assertThat(Language.preferredBy("*")).isEmpty();
		assertThat(Language.preferredBy("")).isEmpty();
		assertThat(Language.preferredBy(null)).isEmpty();
		assertThat(Language.preferredBy(";;q=x,,")).isEmpty();
	}

	@Test
	void siteDefaultComesFromThePropertyAndIsGermanWhenUnset() {
		assertThat(new SiteLanguage("da").siteDefault()).isEqualTo(Language.DA);
		assertThat(new SiteLanguage(" EN ").siteDefault()).isEqualTo(Language.EN);
		assertThat(new SiteLanguage("de").siteDefault()).isEqualTo(Language.DE);
	}

	@Test
	void anUnknownSiteDefaultStopsTheStartWithAClearMessage() {
		assertThatThrownBy(() -> new SiteLanguage("fr")).isInstanceOf(UnknownSiteLanguageException.class)
			.hasMessageContaining("WERKSTATT_DEFAULT_LANGUAGE must be de, da or en");
		FailureAnalysis analysis = new UnknownSiteLanguageFailureAnalyzer()
			.analyze(new IllegalStateException(new UnknownSiteLanguageException("fr")));
		assertThat(analysis.getDescription()).contains("WERKSTATT_DEFAULT_LANGUAGE is 'fr'");
		assertThat(analysis.getAction()).contains("de (German), da (Danish) or en (English)");
	}

	@Test
	void aFirstVisitGetsTheBrowsersLanguageOrTheSiteDefault() {
		LocaleResolver danishSite = resolver(Language.DA);
		assertThat(resolve(danishSite, null)).isEqualTo("da");
		assertThat(resolve(danishSite, "fr")).isEqualTo("da");
		assertThat(resolve(danishSite, "fr,en;q=0.5")).isEqualTo("en");
		LocaleResolver germanSite = resolver(Language.DE);
		assertThat(resolve(germanSite, null)).isEqualTo("de");
		assertThat(resolve(germanSite, "da-DK,da;q=0.9,en;q=0.8")).isEqualTo("da");
	}

	@Test
	void anExplicitChoiceWinsOverTheBrowsersLanguage() {
		LocaleResolver resolver = resolver(Language.DE);
		MockHttpServletRequest choosing = request("da-DK,da;q=0.9");
		MockHttpServletResponse response = new MockHttpServletResponse();
		resolver.setLocale(choosing, response, Locale.ENGLISH);
		Cookie cookie = response.getCookie(LanguageConfiguration.COOKIE);
		assertThat(cookie).isNotNull();

		MockHttpServletRequest next = request("da-DK,da;q=0.9");
		next.setCookies(cookie);
		assertThat(resolver.resolveLocale(next).getLanguage()).isEqualTo("en");
	}

	@Test
	void aForgedCookieFallsBackToTheSiteDefault() {
		MockHttpServletRequest forged = request(null);
		forged.setCookies(new Cookie(LanguageConfiguration.COOKIE, "fr"));
		assertThat(resolver(Language.DA).resolveLocale(forged).getLanguage()).isEqualTo("da");
	}

	@Test
	void textsFallBackToTheSiteDefaultThenToAnyVersion() {
		Texts paused = new Texts("Pausiert", "Sat på pause", " ");
		assertThat(paused.in(Language.DA, Language.DE)).isEqualTo("Sat på pause");
		assertThat(paused.in(Language.EN, Language.DE)).isEqualTo("Pausiert");
		assertThat(paused.in(Language.EN, Language.DA)).isEqualTo("Sat på pause");
		assertThat(paused.missing()).containsExactly(Language.EN);
		assertThat(new Texts(null, null, "Paused").in(Language.DE, Language.DE)).isEqualTo("Paused");
		assertThat(new Texts(null, "", null).missing()).isEmpty();
	}

	private static LocaleResolver resolver(Language siteDefault) {
		return new LanguageConfiguration().localeResolver(SiteLanguage.of(siteDefault));
	}

	private static String resolve(LocaleResolver resolver, String acceptLanguage) {
		return resolver.resolveLocale(request(acceptLanguage)).getLanguage();
	}

	private static MockHttpServletRequest request(String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		if (acceptLanguage != null) {
			request.addHeader("Accept-Language", acceptLanguage);
		}
		return request;
	}
}
