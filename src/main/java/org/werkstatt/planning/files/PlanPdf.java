package org.werkstatt.planning.files;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.werkstatt.planning.plan.Measure;
import org.werkstatt.planning.plan.StatusCount;
import org.werkstatt.platform.files.PdfFonts;
import org.werkstatt.platform.files.TaggedPdf;

/**
 * A plan to print (OpenPDF, A4 landscape): its facts, the summary by status, the fields of action, the goals
 * with their indicators, and every measure. Liberation Sans is embedded, so umlauts and æ ø å print everywhere;
 * dates and numbers in the reader's language, page numbers, tagged as far as OpenPDF allows ({@link TaggedPdf}).
 */
final class PlanPdf {

	private static final BaseFont REGULAR = PdfFonts.REGULAR;
	private static final BaseFont BOLD = PdfFonts.BOLD;

	private final Font body = new Font(REGULAR, 9.5f);
	private final Font small = new Font(REGULAR, 8.5f);
	private final Font strong = new Font(BOLD, 9.5f);
	private final Font heading = new Font(BOLD, 13f);
	private final Font title = new Font(BOLD, 18f);
	private final PlanTables tables;

	PlanPdf(PlanTables tables) {
		this.tables = tables;
	}

	byte[] write(PlanData data, String organisation, String summaryLine, Locale locale) {
		return TaggedPdf.write(PageSize.A4.rotate(), 40, locale, data.plan().title(), small,
				(page, pages) -> tables.text("pdf.page", page, pages), pdf -> {
					pdf.paragraph(new Paragraph(organisation, small));
					Paragraph head = new Paragraph(data.plan().title(), title);
					head.setSpacingAfter(6);
					pdf.heading(1, head);
					pdf.paragraph(new Paragraph(tables.text("files.export.period") + ": " + date(data.plan().periodStart(), locale)
							+ " – " + date(data.plan().periodEnd(), locale), body));
					if (data.plan().adoptedBy() != null) {
						pdf.paragraph(new Paragraph(tables.text("files.export.adoptedBy") + ": " + data.plan().adoptedBy()
								+ (data.plan().adoptedOn() == null ? "" : ", " + date(data.plan().adoptedOn(), locale)), body));
					}
					if (data.plan().summary() != null) {
						pdf.paragraph(new Paragraph(data.plan().summary(), body));
					}
					section(pdf, summaryLine);
					NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
					List<String[]> countRows = new java.util.ArrayList<>();
					countRows.add(new String[] { tables.text("files.column.STATUS"), tables.text("files.export.count"), "%" });
					for (StatusCount count : data.summary().counts()) {
						countRows.add(new String[] { tables.labels().label(count.status(), locale), numbers.format(count.count()),
								numbers.format(count.percent()) });
					}
					PdfPTable counts = table(new float[] { 3, 1, 1 }, countRows, pdf.width() / 2);
					header(counts, countRows.getFirst());
					countRows.subList(1, countRows.size()).forEach(row -> cells(counts, row));
					counts.setWidthPercentage(50);
					counts.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
					pdf.table(counts);
					table(pdf, tables.text("files.export.fields"), tables.fields(), new float[] { 1, 5, 8, 4 }, locale);
					table(pdf, tables.text("files.export.goals"), tables.goals(), new float[] { 5, 3, 4, 2, 2, 2, 3, 2, 2 }, locale);
					List<Object[]> measures = tables.measures();
					for (int i = 1; i < measures.size(); i++) {
						Object[] row = measures.get(i);
						measures.set(i, new Object[] { row[0], row[1], row[3], row[4], row[6],
								row[7] instanceof Number progress ? NumberFormat.getIntegerInstance(locale).format(progress) + " %" : row[7],
								row[8], row[9], milestones(data, data.measures().get(i - 1), locale) });
					}
					Object[] headings = measures.getFirst();
					measures.set(0, new Object[] { headings[0], headings[1], headings[3], headings[4], headings[6], headings[7],
							headings[8], headings[9], headings[12] });
					table(pdf, tables.text("files.export.measures"), measures, new float[] { 1.2f, 6, 3, 3, 2, 1.4f, 2, 2, 5 },
							locale);
				});
	}

	/**
	 * A measure's milestones in the reader's date pattern, a reached one marked in words (the embedded font has
	 * no check mark): "31.03.2026 Räume gefunden (erreicht) | 30.06.2026 Eröffnung".
	 */
	private String milestones(PlanData data, Measure measure, Locale locale) {
		String reached = tables.text("measure.milestone.done");
		return data.milestonesOf(measure)
			.stream()
			.map(m -> TaggedPdf.tableDates(locale).format(m.dueOn()) + " " + m.title() + (m.done() ? " (" + reached + ")" : ""))
			.collect(java.util.stream.Collectors.joining(" | "));
	}

	private void section(TaggedPdf pdf, String text) throws DocumentException {
		Paragraph section = new Paragraph(text, heading);
		section.setSpacingBefore(14);
		section.setSpacingAfter(6);
		pdf.heading(2, section);
	}

	private void table(TaggedPdf pdf, String name, List<Object[]> rows, float[] widths, Locale locale) throws DocumentException {
		section(pdf, name);
		List<String[]> texts = rows.stream()
			.map(row -> java.util.stream.IntStream.range(0, widths.length)
				.mapToObj(i -> i < row.length ? text(row[i], locale) : "")
				.toArray(String[]::new))
			.toList();
		PdfPTable table = table(widths, texts, pdf.width());
		table.setHeaderRows(1);
		header(table, texts.getFirst());
		texts.subList(1, texts.size()).forEach(row -> cells(table, row));
		pdf.table(table);
	}

	/** A table whose columns leave room for the longest word in them, so no word breaks inside. */
	private PdfPTable table(float[] widths, List<String[]> rows, float totalWidth) {
		PdfPTable table = new PdfPTable(TaggedPdf.fitting(widths, rows, strong, body, 3, totalWidth));
		table.setWidthPercentage(100);
		table.setSpacingAfter(6);
		return table;
	}

	private void header(PdfPTable table, String... texts) {
		for (String text : texts) {
			PdfPCell cell = new PdfPCell(new Phrase(text, strong));
			cell.setPadding(3);
			table.addCell(cell);
		}
	}

	private void cells(PdfPTable table, String... texts) {
		for (String text : texts) {
			PdfPCell cell = new PdfPCell(new Phrase(text, body));
			cell.setPadding(3);
			table.addCell(cell);
		}
	}

	/** A cell's text in the reader's language: dates in the local pattern, numbers with the local separators. */
	private static String text(@Nullable Object value, Locale locale) {
		if (value instanceof LocalDate date) {
			return TaggedPdf.tableDates(locale).format(date);
		}
		if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(2);
			return format.format(value);
		}
		if (value instanceof Number number) {
			return NumberFormat.getIntegerInstance(locale).format(number);
		}
		return text(value);
	}

	private static String date(@Nullable LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}
}
