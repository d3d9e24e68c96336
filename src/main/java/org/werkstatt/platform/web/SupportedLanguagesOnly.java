package org.werkstatt.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/** Never lets a forged cookie or header put the interface into a language it does not speak. */
final class SupportedLanguagesOnly implements LocaleResolver {

	private final LocaleResolver delegate;

	SupportedLanguagesOnly(LocaleResolver delegate) {
		this.delegate = delegate;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale locale = delegate.resolveLocale(request);
		return Language.of(locale.getLanguage()).orElse(Language.DEFAULT).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		Locale supported = locale == null ? null : Language.of(locale.getLanguage()).orElse(Language.DEFAULT).locale();
		delegate.setLocale(request, response, supported);
	}
}
