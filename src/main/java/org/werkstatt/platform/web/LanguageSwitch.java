package org.werkstatt.platform.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for the language switcher: the current address with {@code lang} set and its other query
 * parameters kept (never form fields). Used from the layout as {@code @languages}.
 */
@Component("languages")
public class LanguageSwitch {

	public record Option(Language language, String href, boolean current) {
	}

	public List<Option> options() {
		HttpServletRequest request = currentRequest();
		String currentCode = LocaleContextHolder.getLocale().getLanguage();
		return Arrays.stream(Language.values())
			.map(language -> new Option(language, hrefFor(request, language), language.code().equals(currentCode)))
			.toList();
	}

	public boolean unknownRequested() {
		return currentRequest().getAttribute(LanguageConfiguration.UNKNOWN_LANGUAGE) != null;
	}

	private static String hrefFor(HttpServletRequest request, Language language) {
		String query = request.getQueryString();
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			query = null;
		}
		if (!"GET".equals(request.getMethod())) {
			query = null;
		}
		// a relative link of only the query: it keeps the current path without ever echoing it
		return UriComponentsBuilder.newInstance()
			.query(query)
			.replaceQueryParam("lang", language.code())
			.build()
			.toUriString();
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}
}
