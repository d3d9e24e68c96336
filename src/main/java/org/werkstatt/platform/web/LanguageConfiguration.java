package org.werkstatt.platform.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The language is chosen with {@code ?lang=de|da|en} on any page and sticks in a cookie (no session,
 * so public pages stay cacheable and cheap). An unknown language changes nothing and the page says so.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "WERKSTATT_LANG";
	static final String UNKNOWN_LANGUAGE = "unknownLanguage";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setDefaultLocale(Language.DEFAULT.locale());
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction(request -> Language.DEFAULT.locale());
		return new SupportedLanguagesOnly(resolver);
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
