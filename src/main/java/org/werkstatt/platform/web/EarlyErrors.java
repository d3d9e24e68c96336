package org.werkstatt.platform.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for a request the web server refuses before the application sees it (an address with characters that
 * are not allowed, {@code /%} or {@code /a/..;/b}, headers too long): a short page in the reader's language (the
 * language cookie, else the browser's, else the site's; a request line refused before its headers were read gets the
 * site's), with the way back to the start page. It quotes neither the
 * address nor the server's reason, and names no product; every other error is {@link ErrorPages}' page.
 */
final class EarlyErrors extends ErrorHandler {

	private final MessageSource messages;
	private final Language siteDefault;

	EarlyErrors(MessageSource messages, Language siteDefault) {
		this.messages = messages;
		this.siteDefault = siteDefault;
	}

	@Override
	protected void generateResponse(Request request, Response response, int code, @Nullable String message,
			@Nullable Throwable cause, Callback callback) throws IOException {
		Language language = language(request);
		Locale locale = language.locale();
		// refused this early, a 400 or 414 is about the address (its escapes, its segments, its length)
		String kind = code >= 500 ? "serverError" : code == 400 || code == 414 ? "badAddress" : "badRequest";
		String title = HtmlUtils.htmlEscape(messages.getMessage("error." + kind + ".title", null, locale));
		String text = HtmlUtils.htmlEscape(messages.getMessage("error." + kind + ".text", null, locale));
		String back = HtmlUtils.htmlEscape(messages.getMessage("error.backToStart", null, locale));
		String page = """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				</head>
				<body>
				<main>
				<h1>%s</h1>
				<p>%s</p>
				<p><a href="/">%s</a></p>
				</main>
				</body>
				</html>
				""".formatted(language.code(), title, title, text, back);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
		response.write(true, ByteBuffer.wrap(page.getBytes(StandardCharsets.UTF_8)), callback);
	}

	private Language language(Request request) {
		// the Cookie header read here: a request refused while it was parsed has no parsed cookies
		String cookies = request.getHeaders().get(HttpHeader.COOKIE);
		if (cookies != null) {
			for (String cookie : cookies.split(";")) {
				int equals = cookie.indexOf('=');
				if (equals > 0 && LanguageConfiguration.COOKIE.equals(cookie.substring(0, equals).strip())) {
					var chosen = Language.of(cookie.substring(equals + 1));
					if (chosen.isPresent()) {
						return chosen.get();
					}
				}
			}
		}
		return Language.preferredBy(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)).orElse(siteDefault);
	}
}
