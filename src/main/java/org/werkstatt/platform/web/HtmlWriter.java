package org.werkstatt.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.unbescape.html.HtmlEscape;

/**
 * Writes the long, repeated parts of a signed-in page (a plan's items with their forms, a list's rows) as HTML in
 * Java, for pages that are rendered on every request and where the template engine's work per element was most of
 * a page's cost (docs/performance.md). It writes what the template wrote for the same markup: every text escaped
 * as {@code th:text} escapes it, messages in the reader's language, and in every form the request's CSRF field, as
 * Thymeleaf's {@code th:action} adds it. A template places the result with {@code th:utext}. The form fields here
 * write what the fragments of {@code fragments/forms.html} write, for the pages that write whole forms (diffed
 * against the fragments' output; HtmlWriterTests and the plan page's bad-input tests check it).
 */
public final class HtmlWriter {

	private final StringBuilder html;
	private final MessageSource messages;
	private final Locale locale;
	private final String contextPath;
	private final @Nullable CsrfToken csrfToken;
	private @Nullable String csrfField;

	private HtmlWriter(int capacity, MessageSource messages, Locale locale, String contextPath, @Nullable CsrfToken csrfToken) {
		this.html = new StringBuilder(capacity);
		this.messages = messages;
		this.locale = locale;
		this.contextPath = contextPath;
		this.csrfToken = csrfToken;
	}

	/**
	 * A writer for the current request: its language, its context path and its CSRF token, which is asked for only
	 * when a form is written (asking for it makes one and opens a session, which a page without a form must not).
	 */
	public static HtmlWriter forRequest(MessageSource messages, int capacity) {
		String contextPath = "";
		CsrfToken token = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			contextPath = request.getContextPath();
			if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken found) {
				token = found;
			}
		}
		return new HtmlWriter(capacity, messages, LocaleContextHolder.getLocale(), contextPath, token);
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
			.append('>').append(csrfField());
		return this;
	}

	private String csrfField() {
		if (csrfField == null) {
			csrfField = csrfToken == null ? "" : "<input type=\"hidden\" name=\"" + escape(csrfToken.getParameterName())
					+ "\" value=\"" + escape(csrfToken.getToken()) + "\"/>";
		}
		return csrfField;
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

	// ---- the form fragments of fragments/forms.html, for the forms a page writes here ----

	/** As the fragment {@code errorSummary}: the alert above a form whose fields have errors (none without). */
	public HtmlWriter errorSummary(@Nullable Errors errors) {
		if (errors != null && errors.hasErrors()) {
			raw("<div class=\"kern-alert kern-alert--danger\" role=\"alert\">\n  <div class=\"kern-alert__header\">\n"
					+ "    <span class=\"kern-icon kern-icon--danger\" aria-hidden=\"true\"></span>\n    <span class=\"kern-title\">")
				.message("form.hasErrors").raw("</span>\n  </div>\n</div>");
		}
		return this;
	}

	/**
	 * As the fragment {@code textField}: a labelled text input bound to a field, showing what was typed and its error
	 * when the form came back with {@code errors}, else {@code value}.
	 */
	public HtmlWriter textField(@Nullable Errors errors, String field, @Nullable Object value, String label, String type,
			String autocomplete, boolean required, @Nullable String hint) {
		boolean hasError = fieldStart(errors, field, label, required, hint);
		raw("\n  <input class=\"kern-form-input__input").raw(hasError ? " kern-form-input__input--error" : "")
			.raw("\" type=\"").text("number".equals(type) ? "text" : type).raw("\"");
		fieldAria(field, hasError, hint).raw(" autocomplete=\"").text(autocomplete).raw("\"");
		if ("number".equals(type)) {
			raw(" inputmode=\"numeric\"");
		}
		raw(required ? " required=\"required\"" : "").raw(" id=\"").text(field).raw("\" name=\"").text(field)
			.raw("\" value=\"").text(fieldValue(errors, field, value)).raw("\">\n</div>");
		return this;
	}

	/** As the fragment {@code textAreaField}: a labelled textarea bound to a field, like {@link #textField}. */
	public HtmlWriter textAreaField(@Nullable Errors errors, String field, @Nullable Object value, String label, int rows,
			int maxlength, boolean required, @Nullable String hint) {
		boolean hasError = fieldStart(errors, field, label, required, hint);
		raw("\n  <textarea class=\"kern-form-input__input").raw(hasError ? " kern-form-input__input--error" : "")
			.raw("\" rows=\"").text(rows).raw("\" maxlength=\"").text(maxlength).raw("\"")
			.raw(required ? " required=\"required\"" : "");
		fieldAria(field, hasError, hint).raw(" id=\"").text(field).raw("\" name=\"").text(field).raw("\">")
			.text(fieldValue(errors, field, value)).raw("</textarea>\n</div>");
		return this;
	}

	/** The field's wrapper, label, hint and error; whether it has an error. */
	private boolean fieldStart(@Nullable Errors errors, String field, String label, boolean required, @Nullable String hint) {
		boolean hasError = errors != null && errors.hasFieldErrors(field);
		raw("<div class=\"kern-form-input").raw(hasError ? " kern-form-input--error" : "").raw("\">\n  <label class=\"kern-label\" for=\"")
			.text(field).raw("\">\n    ").message(label);
		if (!required) {
			raw("\n    <span class=\"kern-label__optional\">").message("form.optional").raw("</span>");
		}
		raw("\n  </label>");
		if (hint != null) {
			raw("\n  <p class=\"kern-hint\" id=\"").text(field).raw("-hint\">").message(hint).raw("</p>");
		}
		if (errors != null && hasError) {
			raw("\n  <p class=\"kern-error\" id=\"").text(field).raw("-error\">\n    <span class=\"kern-icon kern-icon--danger "
					+ "kern-icon--default\" aria-hidden=\"true\"></span>\n    <span>");
			boolean first = true;
			for (FieldError error : errors.getFieldErrors(field)) {
				raw(first ? "" : "<br />").text(messages.getMessage(error, locale));
				first = false;
			}
			raw("</span>\n  </p>");
		}
		return hasError;
	}

	private HtmlWriter fieldAria(String field, boolean hasError, @Nullable String hint) {
		if (hasError) {
			raw(" aria-invalid=\"true\"");
		}
		if (hint != null || hasError) {
			raw(" aria-describedby=\"").raw(hint != null ? escape(field) + "-hint" : "").raw(hint != null && hasError ? " " : "")
				.raw(hasError ? escape(field) + "-error" : "").raw("\"");
		}
		return this;
	}

	private static @Nullable Object fieldValue(@Nullable Errors errors, String field, @Nullable Object value) {
		return errors != null ? errors.getFieldValue(field) : value;
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
