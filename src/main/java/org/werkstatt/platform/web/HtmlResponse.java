package org.werkstatt.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page written whole in Java, answered as a template's page is: HTML in UTF-8 in the reader's language
 * ({@code Content-Language}, which the view would set).
 */
public final class HtmlResponse {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private HtmlResponse() {
	}

	public static ResponseEntity<String> of(String page) {
		return ResponseEntity.ok()
			.contentType(HTML)
			.header(HttpHeaders.CONTENT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag())
			.body(page);
	}
}
