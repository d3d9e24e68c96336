package org.werkstatt.planning.files;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.werkstatt.planning.plan.StatusCount;
import org.werkstatt.platform.files.PdfFonts;

/**
 * A plan to print (OpenPDF, A4 landscape): its facts, the summary by status, the fields of action, the goals
 * with their indicators, and every measure. Liberation Sans is embedded, so umlauts and æ ø å print everywhere.
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
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, bytes);
			writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
			document.addTitle(data.plan().title());
			document.addCreator("Werkstatt");
			document.open();
			document.add(new Paragraph(organisation, small));
			Paragraph head = new Paragraph(data.plan().title(), title);
			head.setSpacingAfter(6);
			document.add(head);
			document.add(new Paragraph(tables.text("files.export.period") + ": " + data.plan().periodStart() + " – "
					+ data.plan().periodEnd(), body));
			if (data.plan().adoptedBy() != null) {
				document.add(new Paragraph(tables.text("files.export.adoptedBy") + ": " + data.plan().adoptedBy()
						+ (data.plan().adoptedOn() == null ? "" : ", " + data.plan().adoptedOn()), body));
			}
			if (data.plan().summary() != null) {
				document.add(new Paragraph(data.plan().summary(), body));
			}
			section(document, summaryLine);
			PdfPTable counts = table(new float[] { 3, 1, 1 });
			header(counts, tables.text("files.column.STATUS"), tables.text("files.export.count"), "%");
			for (StatusCount count : data.summary().counts()) {
				cells(counts, tables.labels().label(count.status(), locale), String.valueOf(count.count()),
						String.valueOf(count.percent()));
			}
			counts.setWidthPercentage(50);
			counts.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
			document.add(counts);
			table(document, tables.text("files.export.fields"), tables.fields(), new float[] { 1, 5, 8, 4 });
			table(document, tables.text("files.export.goals"), tables.goals(), new float[] { 5, 3, 4, 2, 2, 2, 3, 2, 2 });
			List<Object[]> measures = tables.measures();
			measures.replaceAll(row -> new Object[] { row[0], row[1], row[3], row[4], row[7], row[8] + " %", row[9], row[10],
					row[13] });
			table(document, tables.text("files.export.measures"), measures, new float[] { 1.2f, 6, 3, 3, 2, 1.4f, 2, 2, 5 });
			document.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("The plan PDF could not be written", e);
		}
		return bytes.toByteArray();
	}

	private void section(Document document, String text) throws DocumentException {
		Paragraph section = new Paragraph(text, heading);
		section.setSpacingBefore(14);
		section.setSpacingAfter(6);
		document.add(section);
	}

	private void table(Document document, String name, List<Object[]> rows, float[] widths) throws DocumentException {
		section(document, name);
		PdfPTable table = table(widths);
		table.setHeaderRows(1);
		Object[] first = rows.getFirst();
		for (Object cell : first) {
			header(table, text(cell));
		}
		for (Object[] row : rows.subList(1, rows.size())) {
			for (int i = 0; i < widths.length; i++) {
				cells(table, i < row.length ? text(row[i]) : "");
			}
		}
		document.add(table);
	}

	private static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
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

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}
}
