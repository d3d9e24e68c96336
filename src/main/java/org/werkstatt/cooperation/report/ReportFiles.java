package org.werkstatt.cooperation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.werkstatt.platform.files.Csv;
import org.werkstatt.platform.files.PdfFonts;
import org.werkstatt.platform.files.TaggedPdf;
import org.werkstatt.platform.files.Workbook;
import org.werkstatt.platform.web.SiteTime;

/**
 * A submitted report as a file: CSV (the platform's rule: UTF-8, semicolons, formula-safe), XLSX (a sheet per
 * table) and a tagged PDF ({@link TaggedPdf}: language, title, headings, paragraphs and tables as structure
 * elements; OpenPDF does not tag table cells, so not PDF/UA). The same suppressed figures as the page, "&lt; 5"
 * included; never an individual.
 */
@Component
class ReportFiles {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final MessageSource messages;
	private final SiteTime siteTime;

	ReportFiles(MessageSource messages, SiteTime siteTime) {
		this.messages = messages;
		this.siteTime = siteTime;
	}

	/** The file the address asks for by its ending. */
	ResponseEntity<byte[]> file(String uri, Reports.Report report, String agreementTitle, String provider, Locale locale) {
		String name = "report-" + report.period().from() + "-" + report.period().to();
		if (uri.endsWith(".csv")) {
			return send(name + ".csv", CSV, csv(report, agreementTitle, provider, locale));
		}
		if (uri.endsWith(".xlsx")) {
			return send(name + ".xlsx", XLSX, xlsx(report, agreementTitle, provider, locale));
		}
		return send(name + ".pdf", MediaType.APPLICATION_PDF, pdf(report, agreementTitle, provider, locale));
	}

	byte[] csv(Reports.Report report, String agreementTitle, String provider, Locale locale) {
		Csv csv = Csv.semicolonSeparated();
		csv.row(text(locale, "coopReport.file.agreement"), agreementTitle);
		csv.row(text(locale, "coopReport.file.provider"), provider);
		csv.row(text(locale, "coopReport.file.period"), report.period().from(), report.period().to());
		csv.row(text(locale, "coopReport.file.status"), text(locale, report.status().messageKey()));
		csv.row(text(locale, "coopReport.file.missing"), String.join(", ", report.figures().missingMonths()));
		csv.row(text(locale, "coopReport.file.rule"));
		for (ReportView.Table table : ReportView.of(report.figures()).tables()) {
			csv.row();
			csv.row(heading(table, locale).toArray());
			for (ReportView.Row row : table.rows()) {
				List<Object> cells = new ArrayList<>();
				cells.add(text(locale, "coopReport.row." + row.key()));
				row.cells().forEach(c -> cells.add(c.text(Locale.ROOT)));
				csv.row(cells.toArray());
			}
		}
		csv.row();
		csv.row(text(locale, "coopReport.file.text"), report.text());
		return csv.bytes();
	}

	byte[] xlsx(Reports.Report report, String agreementTitle, String provider, Locale locale) {
		Workbook workbook = new Workbook(locale);
		Workbook.Sheet about = workbook.sheet(text(locale, "coopReport.file.sheet")).width(1, 30).width(2, 80);
		about.row(text(locale, "coopReport.file.agreement"), agreementTitle);
		about.row(text(locale, "coopReport.file.provider"), provider);
		about.row(text(locale, "coopReport.file.from"), report.period().from());
		about.row(text(locale, "coopReport.file.to"), report.period().to());
		about.row(text(locale, "coopReport.file.status"), text(locale, report.status().messageKey()));
		about.row(text(locale, "coopReport.file.missing"), String.join(", ", report.figures().missingMonths()));
		about.row(text(locale, "coopReport.file.rule"));
		about.row(text(locale, "coopReport.file.text"), report.text());
		for (ReportView.Table table : ReportView.of(report.figures()).tables()) {
			String title = text(locale, "coopReport.table." + table.key());
			Workbook.Sheet sheet = workbook.sheet(title.length() > 31 ? title.substring(0, 31) : title).width(1, 36);
			sheet.row(heading(table, locale).toArray());
			for (ReportView.Row row : table.rows()) {
				List<Object> cells = new ArrayList<>();
				cells.add(text(locale, "coopReport.row." + row.key()));
				row.cells().forEach(c -> cells.add(c.rateRow() || c.count() == null ? c.text(locale) : c.count()));
				sheet.row(cells.toArray());
			}
		}
		return workbook.bytes();
	}

	byte[] pdf(Reports.Report report, String agreementTitle, String provider, Locale locale) {
		Font body = new Font(PdfFonts.REGULAR, 9.5f);
		Font strong = new Font(PdfFonts.BOLD, 9.5f);
		Font h1Font = new Font(PdfFonts.BOLD, 17f);
		Font h2Font = new Font(PdfFonts.BOLD, 12.5f);
		Font small = new Font(PdfFonts.REGULAR, 8f);
		String heading = text(locale, "coopReport.file.title", siteTime.day(report.period().from()),
				siteTime.day(report.period().to()));
		ReportView view = ReportView.of(report.figures());
		return TaggedPdf.write(PageSize.A4, 42, locale, heading, small, (page, pages) -> text(locale, "pdf.page", page, pages),
				pdf -> {
					Paragraph h1 = new Paragraph(heading, h1Font);
					h1.setSpacingAfter(6);
					pdf.heading(1, h1);
					pdf.paragraph(new Paragraph(text(locale, "coopReport.file.agreement") + ": " + agreementTitle, body));
					pdf.paragraph(new Paragraph(text(locale, "coopReport.file.provider") + ": " + provider, body));
					pdf.paragraph(new Paragraph(text(locale, "coopReport.file.status") + ": "
							+ text(locale, report.status().messageKey()), body));
					if (!report.figures().missingMonths().isEmpty()) {
						pdf.paragraph(new Paragraph(text(locale, "coopReport.file.missing") + ": "
								+ String.join(", ", report.figures().missingMonths()), strong));
					}
					Paragraph rule = new Paragraph(text(locale, "coopReport.file.rule"), body);
					rule.setSpacingAfter(6);
					pdf.paragraph(rule);
					Paragraph textHeading = new Paragraph(text(locale, "coopReport.file.text"), h2Font);
					textHeading.setSpacingBefore(6);
					pdf.heading(2, textHeading);
					pdf.paragraph(new Paragraph(report.text(), body));
					for (ReportView.Table table : view.tables()) {
						Paragraph h2 = new Paragraph(text(locale, "coopReport.table." + table.key()), h2Font);
						h2.setSpacingBefore(10);
						h2.setSpacingAfter(4);
						pdf.heading(2, h2);
						List<String[]> rows = new ArrayList<>();
						rows.add(heading(table, locale).toArray(String[]::new));
						for (ReportView.Row row : table.rows()) {
							List<String> cells = new ArrayList<>();
							cells.add(text(locale, "coopReport.row." + row.key()));
							row.cells().forEach(c -> cells.add(c.text(locale)));
							rows.add(cells.toArray(String[]::new));
						}
						float[] widths = TaggedPdf.fitting(new float[] { 30, 12, 12, 12, 12, 12 }, rows, strong, body, 3,
								pdf.width());
						PdfPTable t = new PdfPTable(widths);
						t.setTotalWidth(pdf.width());
						t.setLockedWidth(true);
						t.setHeaderRows(1);
						boolean first = true;
						for (String[] row : rows) {
							for (String cell : row) {
								PdfPCell c = new PdfPCell(new Phrase(cell, first ? strong : body));
								c.setPadding(3);
								t.addCell(c);
							}
							first = false;
						}
						pdf.table(t);
					}
				});
	}

	private List<String> heading(ReportView.Table table, Locale locale) {
		List<String> cells = new ArrayList<>();
		cells.add(text(locale, "coopReport.table." + table.key()));
		table.columns().forEach(c -> cells.add(text(locale, "coopReport.column." + c)));
		return cells;
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static ResponseEntity<byte[]> send(String name, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
