package org.werkstatt.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Writes a whole page around a module's content in Java, with the markup {@code layout.html} gives a template's
 * page (head, site header, alerts, footer), for the pages read most, where the template engine's work for a page
 * that is otherwise written in Java would be a good part of the request (docs/performance.md, "Cooperation").
 */
public interface SiteFrame {

	/**
	 * The page: the title (text, escaped here), the main content (markup written by the caller, every value in it
	 * escaped) and the layout's alerts for a notice or problem message key (a flash attribute), when there is one.
	 */
	String page(String title, String content, @Nullable Object notice, @Nullable Object problem);

	/** An organisation's tabs: the pages the signed-in person's roles open there, the current one marked. */
	String tabs(UUID organisationId, String current);
}
