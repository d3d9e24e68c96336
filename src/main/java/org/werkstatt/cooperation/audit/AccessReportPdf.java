package org.werkstatt.cooperation.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.context.MessageSource;
import org.werkstatt.platform.files.PdfFonts;
import org.werkstatt.platform.files.TaggedPdf;
import org.werkstatt.platform.web.SiteTime;

/**
 * A participant's access report as a printable PDF (the shared {@link TaggedPdf}): who accessed the participant's
 * data, when, from which organisation and role, how, for what purpose, and whether it was granted.
 */
final class AccessReportPdf {

	private final MessageSource messages;
	private final Locale locale;
	private final SiteTime siteTime;
	private final Font body = new Font(PdfFonts.REGULAR, 8.5f);
	private final Font small = new Font(PdfFonts.REGULAR, 8f);
	private final Font strong = new Font(PdfFonts.BOLD, 8.5f);
	private final Font title = new Font(PdfFonts.BOLD, 18f);

	AccessReportPdf(MessageSource messages, Locale locale, SiteTime siteTime) {
		this.messages = messages;
		this.locale = locale;
		this.siteTime = siteTime;
	}

	byte[] write(UUID participantId, @Nullable String participantName, String organisationName,
			List<LogSearch.Entry> entries, Map<UUID, String> people, Map<UUID, String> organisations) {
		String heading = text("accessLog.report.title");
		return TaggedPdf.write(PageSize.A4.rotate(), 40, locale, heading, small,
				(page, pages) -> text("pdf.page", page, pages), pdf -> {
					Paragraph h1 = new Paragraph(heading, title);
					h1.setSpacingAfter(6);
					pdf.heading(1, h1);
					pdf.paragraph(new Paragraph(text("accessLog.report.participant",
							participantName == null ? text("accessLog.report.deleted") : participantName,
							participantId.toString()), body));
					pdf.paragraph(new Paragraph(text("accessLog.report.by", organisationName,
							siteTime.format(java.time.Instant.now())), body));
					Paragraph count = new Paragraph(text("accessLog.report.count", entries.size()), body);
					count.setSpacingAfter(8);
					pdf.paragraph(count);
					if (entries.isEmpty()) {
						return;
					}
					List<String[]> rows = new ArrayList<>();
					rows.add(new String[] { text("accessLog.column.at"), text("accessLog.column.person"),
							text("accessLog.column.organisation"), text("accessLog.column.role"),
							text("accessLog.column.kind"), text("accessLog.column.route"),
							text("accessLog.column.purpose"), text("accessLog.column.result") });
					for (LogSearch.Entry e : entries) {
						rows.add(new String[] { siteTime.format(e.at()),
								e.personId() == null ? text("accessLog.system") : people.getOrDefault(e.personId(), e.personId().toString()),
								e.organisationId() == null ? "–" : organisations.getOrDefault(e.organisationId(), e.organisationId().toString()),
								e.role() == null ? "–" : e.role(), text("accessLog.kind." + e.kind().name()), e.route(),
								e.purpose(), e.granted() ? text("accessLog.granted")
										: text("accessLog.refused") + (e.reason() == null ? "" : " (" + e.reason() + ")") });
					}
					float[] widths = TaggedPdf.fitting(new float[] { 12, 14, 14, 10, 7, 20, 10, 10 }, rows, strong, body,
							3, pdf.width());
					PdfPTable table = new PdfPTable(widths);
					table.setTotalWidth(pdf.width());
					table.setLockedWidth(true);
					table.setHeaderRows(1);
					boolean first = true;
					for (String[] row : rows) {
						for (String cell : row) {
							PdfPCell c = new PdfPCell(new Phrase(cell, first ? strong : body));
							c.setPadding(3);
							table.addCell(c);
						}
						first = false;
					}
					pdf.table(table);
				});
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
