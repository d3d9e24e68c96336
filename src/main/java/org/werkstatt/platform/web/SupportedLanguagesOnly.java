package org.werkstatt.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/** Never lets a forged cookie or header put the interface into a language it does not speak. */
final class SupportedLanguagesOnly implements LocaleResolver {

	private final LocaleResolver delegate;
	private final Language siteDefault;

	SupportedLanguagesOnly(LocaleResolver delegate, Language siteDefault) {
		this.delegate = delegate;
		this.siteDefault = siteDefault;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale locale = delegate.resolveLocale(request);
		return Language.of(locale.getLanguage()).orElse(siteDefault).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		Locale supported = locale == null ? null : Language.of(locale.getLanguage()).orElse(siteDefault).locale();
		delegate.setLocale(request, response, supported);
	}
}
