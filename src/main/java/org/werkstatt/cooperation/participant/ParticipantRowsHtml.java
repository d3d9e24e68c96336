package org.werkstatt.cooperation.participant;

import java.util.List;

import org.springframework.context.MessageSource;
import org.werkstatt.platform.web.HtmlWriter;
import org.werkstatt.platform.web.SiteTime;

/**
 * The participant list's rows (name with link, status with reason, since when), written as HTML here rather than by
 * the template: the list is rendered with its access-log entry on every request, and the template engine's work
 * for 50 rows was most of its cost (docs/performance.md, "Cooperation"). The markup is the one the template had.
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
}
