package org.werkstatt.cooperation.participant;

import java.util.List;

import org.springframework.context.MessageSource;
import org.werkstatt.platform.web.HtmlWriter;
import org.werkstatt.platform.web.SiteTime;

/**
 * The participant list's rows (name with link, status with reason, since when), its status filter and its page
 * links, written as HTML here rather than by the template: the list is rendered with its access-log entry on every
 * request, and the template engine's work for 50 rows was most of its cost (docs/performance.md, "Cooperation").
 * The markup is the one the template had.
 */
final class ParticipantRowsHtml {

	private ParticipantRowsHtml() {
	}

	static String rows(List<Participant> participants, MessageSource messages, SiteTime siteTime) {
		HtmlWriter w = HtmlWriter.forRequest(messages, participants.size() * 420);
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
		return w.toString();
	}

	/** The status filter's options: all, then every status, the one shown selected. */
	static String statusOptions(ListPage page, MessageSource messages) {
		HtmlWriter w = HtmlWriter.forRequest(messages, 1_200);
		w.raw("<option value=\"\">").message("cooperation.participants.allStatuses").raw("</option>");
		for (ParticipantStatus s : ParticipantStatus.values()) {
			w.raw("\n          <option value=\"").text(s.name()).raw(s == page.status() ? "\" selected=\"selected\">" : "\">")
				.message(s.messageKey()).raw("</option>");
		}
		return w.toString();
	}

	/** The page links (none for a single page): previous, up to three pages either side, next. */
	static String pagination(java.util.UUID agreementId, ListPage page, MessageSource messages) {
		if (page.pages() <= 1) {
			return "";
		}
		HtmlWriter w = HtmlWriter.forRequest(messages, 1_600);
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
		return w.raw("\n    </ul>\n  </nav>").toString();
	}
}
