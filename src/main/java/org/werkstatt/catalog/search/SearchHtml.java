package org.werkstatt.catalog.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unbescape.html.HtmlEscape;

/**
 * The two long lists of the search page, the facets' check boxes and the result rows, written as HTML here rather
 * than by the template: the page is rendered for every search (no page cache helps a query string), and with 56
 * check boxes and 20 rows the template engine's work per element was two thirds of a page's cost. The markup is the
 * one the template had (KERN UX classes); every text is escaped as Thymeleaf's {@code th:text} escapes it. The
 * template places them with {@code th:utext}; what it does not repeat stays in the template.
 */
final class SearchHtml {

	private SearchHtml() {
	}

	/** The facets: a fieldset of check boxes each, with the count after the label. */
	static String facets(List<SearchView.Facet> facets) {
		StringBuilder html = new StringBuilder(facets.size() * 1_200);
		for (SearchView.Facet facet : facets) {
			html.append("<fieldset class=\"kern-fieldset\"><legend class=\"kern-label\">").append(text(facet.legend()))
				.append("</legend><div class=\"kern-fieldset__body\">");
			for (SearchView.Option o : facet.options()) {
				html.append("\n<div class=\"kern-form-check\"><input class=\"kern-form-check__checkbox\" type=\"checkbox\" id=\"")
					.append(text(o.id())).append("\" name=\"").append(text(o.facet())).append("\" value=\"").append(text(o.value()))
					.append(o.ticked() ? "\" checked>" : "\">")
					.append("<label class=\"kern-label\" for=\"").append(text(o.id())).append("\">").append(text(o.label()))
					.append(" <span class=\"offer-facets__count\">").append(text(o.count())).append("</span></label></div>");
			}
			html.append("</div></fieldset>\n");
		}
		return html.toString();
	}

	/** The result rows: title with link, provider, short description and the facts (format, next run, legal bases). */
	static String lines(List<SearchView.Line> lines, String formatLabel, String nextLabel, String basisLabel) {
		StringBuilder html = new StringBuilder(lines.size() * 900);
		for (SearchView.Line o : lines) {
			html.append("<li class=\"offer-list__item kern-stack-xs\"><h2 class=\"kern-title\"><a class=\"kern-link\" href=\"")
				.append(text(o.href())).append("\">").append(text(o.title())).append("</a></h2>");
			if (o.provider() != null) {
				html.append("<p class=\"kern-body kern-body--small kern-body--muted\">").append(text(o.provider())).append("</p>");
			}
			html.append("<p class=\"kern-body\">").append(text(o.shortDescription())).append("</p><dl class=\"offer-facts\">");
			fact(html, formatLabel, text(o.format()));
			if (o.next() != null) {
				RunWords.PlacesWords places = o.places();
				fact(html, nextLabel, text(o.next()) + (places == null ? ""
						: "<span class=\"offer-places" + (places.stale() ? " offer-places--stale" : "") + "\"> · "
								+ text(places.text()) + "</span>"));
			}
			if (o.legalBases() != null) {
				fact(html, basisLabel, text(o.legalBases()));
			}
			html.append("</dl></li>\n");
		}
		return html.toString();
	}

	private static void fact(StringBuilder html, String term, String escapedDefinition) {
		html.append("<div><dt>").append(text(term)).append("</dt><dd>").append(escapedDefinition).append("</dd></div>");
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
	}
}
