package org.werkstatt.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.unbescape.html.HtmlEscape;

/**
 * Writes the long, repeated parts of a signed-in page (a plan's items with their forms, a list's rows) as HTML in
 * Java, for pages that are rendered on every request and where the template engine's work per element was most of
 * a page's cost (docs/performance.md). It writes what the template wrote for the same markup: every text escaped
 * as {@code th:text} escapes it, messages in the reader's language, and in every form the request's CSRF field, as
 * Thymeleaf's {@code th:action} adds it. A template places the result with {@code th:utext}.
 */
public final class HtmlWriter {

	private final StringBuilder html;
	private final MessageSource messages;
	private final Locale locale;
	private final String contextPath;
	private final String csrfField;

	private HtmlWriter(int capacity, MessageSource messages, Locale locale, String contextPath, String csrfField) {
		this.html = new StringBuilder(capacity);
		this.messages = messages;
		this.locale = locale;
		this.contextPath = contextPath;
		this.csrfField = csrfField;
	}

	/** A writer for the current request: its language, its context path and its CSRF token. */
	public static HtmlWriter forRequest(MessageSource messages, int capacity) {
		String contextPath = "";
		String csrfField = "";
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			contextPath = request.getContextPath();
			if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				csrfField = "<input type=\"hidden\" name=\"" + escape(token.getParameterName()) + "\" value=\""
						+ escape(token.getToken()) + "\"/>";
			}
		}
		return new HtmlWriter(capacity, messages, LocaleContextHolder.getLocale(), contextPath, csrfField);
	}

	/** Markup as it is: only constant markup of the caller, never a value from the data or the reader. */
	public HtmlWriter raw(String markup) {
		html.append(markup);
		return this;
	}

	/** A value, escaped (empty for null). */
	public HtmlWriter text(@Nullable Object value) {
		if (value != null) {
			html.append(escape(value.toString()));
		}
		return this;
	}

	/** A message in the reader's language, escaped. */
	public HtmlWriter message(String key, @Nullable Object... arguments) {
		return text(resolve(key, arguments));
	}

	/** A message in the reader's language, not yet escaped (an argument of another message). */
	public String messageText(String key, @Nullable Object... arguments) {
		return resolve(key, arguments);
	}

	/**
	 * The opening tag of a form posted to the path (within the application), followed by the CSRF field;
	 * {@code attributes} is constant markup such as {@code  class="x" novalidate} (with its leading space), or empty.
	 */
	public HtmlWriter postForm(String path, String attributes) {
		html.append("<form action=\"").append(escape(contextPath + path)).append("\" method=\"post\"").append(attributes)
			.append('>').append(csrfField);
		return this;
	}

	/** An address within the application (for an {@code href}), escaped. */
	public HtmlWriter path(String path) {
		return text(contextPath + path);
	}

	/** A hidden field. */
	public HtmlWriter hidden(String name, @Nullable Object value) {
		html.append("<input type=\"hidden\" name=\"").append(escape(name)).append("\" value=\"");
		return text(value).raw("\">");
	}

	@Override
	public String toString() {
		return html.toString();
	}

	private String resolve(String key, @Nullable Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
	}

	private static String escape(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}
}
