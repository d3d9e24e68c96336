package org.werkstatt.cooperation.participant;

import java.util.List;

import org.springframework.context.MessageSource;
import org.werkstatt.platform.web.HtmlWriter;
import org.werkstatt.platform.web.SiteTime;

/**
 * The participant list below its heading and tabs (the introduction, the assign button, the status filter, the
 * count, the table of rows with name and link, status with reason and since when, the page links), written as HTML
 * here rather than by the template: the list is rendered with its access-log entry on every request, and the
 * template engine's work for it was most of its cost (docs/performance.md, "Cooperation"). The markup is the one
 * the template had.
 */
final class ParticipantRowsHtml {

	private ParticipantRowsHtml() {
	}

	/**
	 * The list for a person of the jobcenter side or the provider's (coordinator or caseworker): {@code listable} is
	 * how many the person may list in all, the page says which status and which page is shown.
	 */
	static String list(java.util.UUID agreementId, List<Participant> participants, int listable, ListPage page,
			boolean jobcenterSide, boolean coordinator, MessageSource messages, SiteTime siteTime) {
		HtmlWriter w = HtmlWriter.forRequest(messages, 4_000 + participants.size() * 420);
		w.raw("<p class=\"kern-body\">").message(jobcenterSide ? "cooperation.participants.introJobcenter"
				: coordinator ? "cooperation.participants.introCoordinator" : "cooperation.participants.introCaseworker")
			.raw("</p>\n  ");
		if (jobcenterSide) {
			w.raw("<p><a class=\"kern-btn kern-btn--primary\" href=\"").path("/work/coop/" + agreementId + "/participants/new")
				.raw("\"><span class=\"kern-label\">").message("cooperation.participant.assign").raw("</span></a></p>\n  ");
		}
		if (listable > 0) {
			w.raw("<form class=\"coop-list-filter\" method=\"get\" action=\"").path("/work/coop/" + agreementId + "/participants")
				.raw("\">\n    <div class=\"kern-form-input\">\n      <label class=\"kern-label\" for=\"participants-status\">")
				.message("cooperation.participants.status")
				.raw("</label>\n      <div class=\"kern-form-input__select-wrapper\">\n")
				.raw("        <select class=\"kern-form-input__select\" id=\"participants-status\" name=\"status\">\n          ");
			statusOptions(w, page);
			w.raw("\n        </select>\n      </div>\n    </div>\n")
				.raw("    <button type=\"submit\" class=\"kern-btn kern-btn--secondary\"><span class=\"kern-label\">")
				.message("cooperation.participants.show").raw("</span></button>\n  </form>\n  <p class=\"kern-body\" role=\"status\">");
			if (page.status() == null) {
				w.message("cooperation.participants.count", page.matching());
			}
			else {
				w.message("cooperation.participants.countOf", page.matching(), listable);
			}
			w.raw("</p>\n  ");
		}
		if (participants.isEmpty()) {
			w.raw("<p class=\"kern-body\">").message("cooperation.participants.none").raw("</p>\n  ");
		}
		else {
			w.raw("<div class=\"kern-table-responsive\">\n")
				.raw("    <table class=\"kern-table kern-table--small coop-participants coop-cards\">\n")
				.raw("      <caption class=\"visually-hidden\">").message("cooperation.participants.title").raw("</caption>\n")
				.raw("      <thead class=\"kern-table__header\"><tr class=\"kern-table__row\">\n")
				.raw("        <th scope=\"col\" class=\"kern-table__header\">").message("cooperation.participant.name").raw("</th>\n")
				.raw("        <th scope=\"col\" class=\"kern-table__header\">").message("cooperation.participant.status").raw("</th>\n")
				.raw("        <th scope=\"col\" class=\"kern-table__header\">").message("cooperation.participant.statusSince")
				.raw("</th>\n      </tr></thead>\n      <tbody class=\"kern-table__body\">");
			rows(w, participants, siteTime);
			w.raw("\n      </tbody>\n    </table>\n  </div>\n  ");
		}
		pagination(w, agreementId, page);
		return w.toString();
	}

	private static void rows(HtmlWriter w, List<Participant> participants, SiteTime siteTime) {
		String status = w.messageText("cooperation.participant.status");
		String since = w.messageText("cooperation.participant.statusSince");
		for (Participant p : participants) {
			w.raw("\n        <tr class=\"kern-table__row\">\n          <td class=\"kern-table__cell\"><a class=\"kern-link\" href=\"")
				.path("/work/coop/" + p.agreementId() + "/participants/" + p.id()).raw("\">").text(p.lastName() + ", " + p.firstName())
				.raw("</a></td>\n          <td class=\"kern-table__cell\" data-label=\"").text(status).raw("\">")
				.message(p.status().messageKey());
			if (p.statusReason() != null) {
				w.text(" (" + w.messageText(p.statusReason().messageKey()) + ")");
			}
			w.raw("</td>\n          <td class=\"kern-table__cell\" data-label=\"").text(since).raw("\">").text(siteTime.day(p.statusSince()))
				.raw("</td>\n        </tr>");
		}
	}

	/** The status filter's options: all, then every status, the one shown selected. */
	static String statusOptions(ListPage page, MessageSource messages) {
		HtmlWriter w = HtmlWriter.forRequest(messages, 1_200);
		statusOptions(w, page);
		return w.toString();
	}

	private static void statusOptions(HtmlWriter w, ListPage page) {
		w.raw("<option value=\"\">").message("cooperation.participants.allStatuses").raw("</option>");
		for (ParticipantStatus s : ParticipantStatus.values()) {
			w.raw("\n          <option value=\"").text(s.name()).raw(s == page.status() ? "\" selected=\"selected\">" : "\">")
				.message(s.messageKey()).raw("</option>");
		}
	}

	/** The page links (none for a single page): previous, up to three pages either side, next. */
	static String pagination(java.util.UUID agreementId, ListPage page, MessageSource messages) {
		HtmlWriter w = HtmlWriter.forRequest(messages, 1_600);
		pagination(w, agreementId, page);
		return w.toString();
	}

	private static void pagination(HtmlWriter w, java.util.UUID agreementId, ListPage page) {
		if (page.pages() <= 1) {
			return;
		}
		String base = "/work/coop/" + agreementId + "/participants?" + (page.status() == null ? "" : "status=" + page.status().name() + "&")
				+ "page=";
		w.raw("<nav class=\"pagination\" aria-label=\"").message("cooperation.participants.pages")
			.raw("\">\n    <p class=\"kern-body kern-body--small\">").message("catalog.search.pageOf", page.number(), page.pages())
			.raw("</p>\n    <ul>");
		if (page.number() > 1) {
			w.raw("\n      <li><a class=\"kern-link\" href=\"").path(base + (page.number() - 1)).raw("\" rel=\"prev\">")
				.message("catalog.search.previous").raw("</a></li>");
		}
		for (int n = Math.max(1, page.number() - 3); n <= Math.min(page.pages(), page.number() + 3); n++) {
			w.raw("\n      <li>\n        <a class=\"kern-link\" href=\"").path(base + n)
				.raw(n == page.number() ? "\" aria-current=\"page\">" : "\">").text(n).raw("</a></li>");
		}
		if (page.number() < page.pages()) {
			w.raw("\n      <li><a class=\"kern-link\" href=\"").path(base + (page.number() + 1)).raw("\" rel=\"next\">")
				.message("catalog.search.next").raw("</a></li>");
		}
		w.raw("\n    </ul>\n  </nav>");
	}
}
