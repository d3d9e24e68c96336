package org.werkstatt.identity.workspace;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.werkstatt.identity.CurrentUser;
import org.werkstatt.identity.OrganisationSummary;
import org.werkstatt.identity.Organisations;
import org.werkstatt.identity.SiteFrame;
import org.werkstatt.identity.WorkPage;
import org.werkstatt.platform.web.HtmlWriter;
import org.werkstatt.platform.web.LanguageSwitch;

/**
 * The frame of every page, the site's header with its navigation and the footer, written in Java for the layout
 * ({@code layout.html} places it with {@code th:utext} as {@code @pageFrame}). Every page carries it, and as template
 * markup its expressions cost a signed-in page about as much as the page's own content (docs/performance.md,
 * "Cooperation"). It writes what the layout wrote: the site owner's name and logo, the language switch (the current
 * address with {@code lang} set), the main navigation with the signed-in person's links and the logout form with its
 * CSRF field; the footer is the same for every page of a language and is kept per language. An organisation's
 * tabs, which most signed-in pages carry, are written here too.
 */
@Component("pageFrame")
public class PageFrame implements SiteFrame {

	/** The htmx of the pom's WebJar (LayoutAssetsTests fails when the two drift apart). */
	static final String HTMX = "/webjars/htmx.org/2.0.10/dist/htmx.min.js";

	private final MessageSource messages;
	private final Organisations organisations;
	private final CurrentUser currentUser;
	private final LanguageSwitch languages;
	private final Workspace workspace;
	private final Map<Locale, String> footers = new ConcurrentHashMap<>();

	PageFrame(MessageSource messages, Organisations organisations, CurrentUser currentUser, LanguageSwitch languages,
			Workspace workspace) {
		this.messages = messages;
		this.organisations = organisations;
		this.currentUser = currentUser;
		this.languages = languages;
		this.workspace = workspace;
	}

	/** The skip link and the site header: brand, language switch, main navigation. */
	public String header() {
		HtmlWriter html = HtmlWriter.forRequest(messages, 3000);
		OrganisationSummary host = organisations.host().orElse(null);
		boolean signedIn = currentUser.signedIn();
		html.raw("<a class=\"skip-link\" href=\"#main\">").message("layout.skipToContent").raw("</a>\n")
			.raw("  <header class=\"site-header\">\n    <div class=\"kern-container site-header__bar\">\n")
			.raw("      <a class=\"site-brand\" href=\"").path("/").raw("\">\n");
		if (host != null && host.hasLogo()) {
			html.raw("        <img src=\"").path(host.logoUrl()).raw("\" alt=\"\" width=\"48\" height=\"48\">\n");
		}
		html.raw("        <span class=\"site-brand__text\">\n          <span class=\"site-brand__name\">")
			.text(host != null ? host.name() : "Werkstatt")
			.raw("</span>\n          <span class=\"site-brand__tagline\">").message("layout.tagline")
			.raw("</span>\n        </span>\n      </a>\n")
			.raw("      <nav class=\"language-switch\" aria-label=\"").message("layout.languages").raw("\">\n        <ul>\n");
		for (LanguageSwitch.Option option : languages.options()) {
			String code = option.language().code();
			html.raw("          <li>\n            <a href=\"").text(option.href()).raw("\" lang=\"").text(code)
				.raw("\" hreflang=\"").text(code).raw(option.current() ? "\" aria-current=\"true\">" : "\">")
				.text(option.language().nativeName()).raw("</a>\n          </li>\n");
		}
		html.raw("        </ul>\n      </nav>\n    </div>\n")
			.raw("    <nav class=\"site-nav\" aria-label=\"").message("layout.mainNavigation")
			.raw("\">\n      <div class=\"kern-container\">\n        <ul>\n");
		link(html, "/", "nav.start");
		link(html, "/events", "nav.events");
		link(html, "/plans", "nav.plans");
		link(html, "/join", "nav.join");
		if (signedIn) {
			link(html, "/my-work", "nav.myWork");
		}
		if (currentUser.isPlatformAdmin()) {
			link(html, "/admin", "nav.admin");
		}
		if (signedIn) {
			html.raw("          <li class=\"site-nav__end\">\n            <a href=\"").path("/account").raw("\">")
				.text(currentUser.displayName().orElse("")).raw("</a>\n          </li>\n")
				.raw("          <li>\n            ").postForm("/logout", " class=\"inline-form\"")
				.raw("\n              <button type=\"submit\" class=\"link-button\">").message("nav.logout")
				.raw("</button>\n            </form>\n          </li>\n");
		}
		else {
			html.raw("          <li class=\"site-nav__end\">\n            <a href=\"").path("/login").raw("\">")
				.message("nav.login").raw("</a>\n          </li>\n");
		}
		return html.raw("        </ul>\n      </div>\n    </nav>\n  </header>").toString();
	}

	@Override
	public String page(String title, String content, @Nullable Object notice, @Nullable Object problem) {
		HtmlWriter html = HtmlWriter.forRequest(messages, content.length() + 6000);
		html.raw("<!DOCTYPE html>\n<html lang=\"").text(LocaleContextHolder.getLocale().getLanguage())
			.raw("\">\n<head>\n  <meta charset=\"utf-8\">\n")
			.raw("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.raw("  <meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false,\"allowEval\":false}'>\n")
			.raw("  <title>").text(title).raw("</title>\n  ").raw(assets(null)).raw("\n</head>\n<body>\n  ")
			.raw(header()).raw("\n  <main id=\"main\" tabindex=\"-1\" class=\"kern-container site-main\">\n")
			.raw(alerts(notice, problem)).raw("    ").raw(content).raw("\n  </main>\n  ").raw(footer())
			.raw("\n</body>\n</html>\n");
		return html.toString();
	}

	/**
	 * The site's icon. Every page names it: without one a browser asks for {@code /favicon.ico}, which is no page here,
	 * and logs the 404 in every console (the heads not written here: {@code fragments/presentation :: styles}).
	 */
	private static final String ICON = "/favicon.svg";

	/** The head's icon, stylesheets and scripts, with the page's own script when it has one (model attribute pageScript). */
	public String assets(@Nullable String pageScript) {
		HtmlWriter html = HtmlWriter.forRequest(messages, 400);
		html.raw("<link rel=\"icon\" href=\"").path(ICON).raw("\" type=\"image/svg+xml\">\n")
			.raw("  <link rel=\"stylesheet\" href=\"").path("/vendor/kern-ux/fonts/fira-sans.css").raw("\">\n")
			.raw("  <link rel=\"stylesheet\" href=\"").path("/vendor/kern-ux/kern.min.css").raw("\">\n")
			.raw("  <link rel=\"stylesheet\" href=\"").path("/css/werkstatt.css").raw("\">\n")
			.raw("  <script src=\"").path(HTMX).raw("\" defer></script>");
		if (pageScript != null) {
			html.raw("\n  <script src=\"").path(pageScript).raw("\" defer></script>");
		}
		return html.toString();
	}

	/**
	 * The alerts above a page's content: a language asked for that the site does not have, and the notice or problem
	 * a page carries (message keys, usually flash attributes).
	 */
	public String alerts(@Nullable Object notice, @Nullable Object problem) {
		boolean unknownLanguage = languages.unknownRequested();
		if (!unknownLanguage && notice == null && problem == null) {
			return "";
		}
		HtmlWriter html = HtmlWriter.forRequest(messages, 800);
		if (unknownLanguage) {
			alert(html, "warning", "status", "language.unknown");
		}
		if (notice != null) {
			alert(html, "success", "status", notice.toString());
		}
		if (problem != null) {
			alert(html, "danger", "alert", problem.toString());
		}
		return html.toString();
	}

	private void alert(HtmlWriter html, String kind, String role, String messageKey) {
		html.raw("    <div class=\"kern-alert kern-alert--").raw(kind).raw("\" role=\"").raw(role)
			.raw("\">\n      <div class=\"kern-alert__header\">\n        <span class=\"kern-icon kern-icon--").raw(kind)
			.raw("\" aria-hidden=\"true\"></span>\n        <span class=\"kern-title\">")
			// a key without a message shows as the template engine shows it, not as an error page
			.text(messages.getMessage(messageKey, null, "??" + messageKey + "_" + LocaleContextHolder.getLocale() + "??",
					LocaleContextHolder.getLocale()))
			.raw("</span>\n      </div>\n    </div>\n");
	}

	/** The site footer: the legal pages and the line about the software. */
	public String footer() {
		Locale locale = LocaleContextHolder.getLocale();
		String footer = footers.get(locale);
		if (footer == null) {
			HtmlWriter html = HtmlWriter.forRequest(messages, 800);
			html.raw("<footer class=\"site-footer\">\n    <div class=\"kern-container\">\n      <nav aria-label=\"")
				.message("layout.footerNavigation").raw("\">\n        <ul>\n");
			link(html, "/imprint", "legal.imprint");
			link(html, "/privacy", "legal.privacy");
			link(html, "/accessibility", "legal.accessibility");
			footer = html.raw("        </ul>\n      </nav>\n      <p class=\"kern-body kern-body--small\">")
				.message("layout.poweredBy").raw("</p>\n    </div>\n  </footer>").toString();
			if (footers.size() < 32) { // the site's languages; a locale from elsewhere is written, not kept
				footers.put(locale, footer);
			}
		}
		return footer;
	}

	/**
	 * An organisation's tabs (the fragment {@code fragments/workspace :: tabs}): exactly the pages the signed-in
	 * person's roles open there, the current one marked.
	 */
	@Override
	public String tabs(UUID organisationId, String current) {
		HtmlWriter html = HtmlWriter.forRequest(messages, 1000);
		html.raw("<nav class=\"manage-tabs\" aria-label=\"").message("manage.sections").raw("\">\n  <ul>\n");
		for (WorkPage tab : workspace.pagesIn(organisationId)) {
			html.raw("    <li>\n      <a href=\"").path(tab.href())
				.raw(current.equals(tab.key()) ? "\" aria-current=\"page\">" : "\">").message(tab.labelKey())
				.raw("</a>\n    </li>\n");
		}
		return html.raw("  </ul>\n</nav>").toString();
	}

	private static void link(HtmlWriter html, String path, String labelKey) {
		html.raw("          <li><a href=\"").path(path).raw("\">").message(labelKey).raw("</a></li>\n");
	}
}
