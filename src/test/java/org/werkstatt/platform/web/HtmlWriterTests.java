package org.werkstatt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The hand-written parts of a page escape what they show, speak the reader's language and post their CSRF token. */
class HtmlWriterTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	@AfterEach
	void forget() {
		RequestContextHolder.resetRequestAttributes();
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void textsAndAttributesAreEscapedMessagesAreInTheReadersLanguage() {
		messages.addMessage("greeting", Locale.GERMAN, "Hallo {0}");
		messages.addMessage("greeting", Locale.ENGLISH, "Hello {0}");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		String html = HtmlWriter.forRequest(messages, 64).raw("<p title=\"").text("\"><script>").raw("\">")
			.message("greeting", "<b>Ayla</b>").raw("</p>").text(null).toString();
		assertThat(html).isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;\">Hello &lt;b&gt;Ayla&lt;/b&gt;</p>");
	}

	@Test
	void aFormPostsTheRequestsCsrfTokenToAnAddressWithinTheApplication() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setContextPath("/werkstatt");
		request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "t&k"));
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		String html = HtmlWriter.forRequest(messages, 64).postForm("/a?b=1&c=2", " class=\"x\"").hidden("version", 3)
			.raw("</form>").raw("<a href=\"").path("/p/1").raw("\">").toString();
		assertThat(html).isEqualTo("<form action=\"/werkstatt/a?b=1&amp;c=2\" method=\"post\" class=\"x\">"
				+ "<input type=\"hidden\" name=\"_csrf\" value=\"t&amp;k\"/><input type=\"hidden\" name=\"version\" value=\"3\">"
				+ "</form><a href=\"/werkstatt/p/1\">");
	}

	@Test
	void aFieldThatCameBackShowsWhatWasTypedItsErrorAndPointsToBoth() {
		messages.addMessage("f.goal", Locale.GERMAN, "Ziel");
		messages.addMessage("f.goal.hint", Locale.GERMAN, "Ein Satz");
		messages.addMessage("form.optional", Locale.GERMAN, "(optional)");
		messages.addMessage("form.hasErrors", Locale.GERMAN, "Bitte prüfen");
		LocaleContextHolder.setLocale(Locale.GERMAN);
		MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(java.util.Map.of("goal", "<b>typed</b>")), "form");
		errors.rejectValue("goal", "tooLong", "Zu lang");

		String field = HtmlWriter.forRequest(messages, 256).errorSummary(errors)
			.textAreaField(errors, "goal", "ignored", "f.goal", 3, 2000, false, "f.goal.hint").toString();
		assertThat(field).contains("role=\"alert\"", "Bitte prüfen", "kern-form-input kern-form-input--error",
				"<span class=\"kern-label__optional\">(optional)</span>", "<p class=\"kern-hint\" id=\"goal-hint\">Ein Satz</p>",
				"<p class=\"kern-error\" id=\"goal-error\">", "<span>Zu lang</span>",
				"aria-invalid=\"true\" aria-describedby=\"goal-hint goal-error\"", ">&lt;b&gt;typed&lt;/b&gt;</textarea>")
			.doesNotContain("ignored");

		String fresh = HtmlWriter.forRequest(messages, 256).errorSummary(null)
			.textField(null, "goal", "Jetzt", "f.goal", "number", "off", true, null).toString();
		assertThat(fresh).doesNotContain("role=\"alert\"", "aria-invalid", "aria-describedby", "kern-error", "(optional)")
			.contains("type=\"text\"", "inputmode=\"numeric\"", "required=\"required\"", "id=\"goal\" name=\"goal\" value=\"Jetzt\"");
	}

	@Test
	void withoutARequestThereIsNoTokenToPost() {
		assertThat(HtmlWriter.forRequest(messages, 16).postForm("/a", "").toString())
			.isEqualTo("<form action=\"/a\" method=\"post\">");
	}
}
