package org.werkstatt.platform.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The language is chosen with {@code ?lang=de|da|en} on any page and sticks in a cookie (no session,
 * so public pages stay cacheable and cheap). An unknown language changes nothing and the page says so.
 * Without a choice, the browser's {@code Accept-Language} picks the language when it asks for one the
 * interface speaks, otherwise the site's default ({@link SiteLanguage}) applies. The resolved language is
 * what the {@link PublicPageCache} keys its pages on.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "WERKSTATT_LANG";
	static final String UNKNOWN_LANGUAGE = "unknownLanguage";

	@Bean
	LocaleResolver localeResolver(SiteLanguage site) {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setDefaultLocale(site.siteDefault().locale());
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction(request -> Language.preferredBy(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
			.orElse(site.siteDefault())
			.locale());
		return new SupportedLanguagesOnly(resolver, site.siteDefault());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String requested = request.getParameter("lang");
				if (requested == null) {
					return true;
				}
				Language.of(requested).ifPresentOrElse(
						language -> RequestContextUtils.getLocaleResolver(request)
							.setLocale(request, response, language.locale()),
						() -> request.setAttribute(UNKNOWN_LANGUAGE, Boolean.TRUE));
				return true;
			}
		});
	}
}
